class Food {
   var name: String
   init(name: String) {
      self.name = name
   }
   convenience init() {
      self.init(name: "[Unnamed]")
   }
}
print("@@listing-end 1@@")
let namedMeat = Food(name: "Bacon")
print("namedMeat's name is \"\(namedMeat.name)\"")
print("@@listing-end 2@@")
let mysteryMeat = Food()
print("mysteryMeat's name is \"\(mysteryMeat.name)\"")
print("@@listing-end 3@@")
class RecipeIngredient: Food {
   var quantity: Int
   init(name: String, quantity: Int) {
      self.quantity = quantity
      super.init(name: name)
   }
   override convenience init(name: String) {
      self.init(name: name, quantity: 1)
   }
}
print("@@listing-end 4@@")
let oneMysteryItem = RecipeIngredient()
let oneBacon = RecipeIngredient(name: "Bacon")
let sixEggs = RecipeIngredient(name: "Eggs", quantity: 6)
print("@@listing-end 5@@")
class ShoppingListItem: RecipeIngredient {
   var purchased = false
   var description: String {
      var output = "\(quantity) x \(name)"
      output += purchased ? " ✔" : " ✘"
      return output
   }
}
print("@@listing-end 6@@")
var breakfastList = [
   ShoppingListItem(),
   ShoppingListItem(name: "Bacon"),
   ShoppingListItem(name: "Eggs", quantity: 6),
]
breakfastList[0].name = "Orange juice"
breakfastList[0].purchased = true
for item in breakfastList {
   print(item.description)
}
print("@@listing-end 7@@")
