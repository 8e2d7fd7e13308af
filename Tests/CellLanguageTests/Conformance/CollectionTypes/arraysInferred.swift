var shoppingList = ["Eggs", "Milk"]
print("@@listing-end 1@@")
print("The shopping list contains \(shoppingList.count) items.")
print("@@listing-end 2@@")
if shoppingList.isEmpty {
   print("The shopping list is empty.")
} else {
   print("The shopping list isn't empty.")
}
print("@@listing-end 3@@")
shoppingList.append("Flour")
print("shoppingList now contains \(shoppingList.count) items, and someone is making pancakes")
print("@@listing-end 4@@")
shoppingList += ["Baking Powder"]
print("shoppingList now contains \(shoppingList.count) items")
shoppingList += ["Chocolate Spread", "Cheese", "Butter"]
print("shoppingList now contains \(shoppingList.count) items")
print("@@listing-end 5@@")
var firstItem = shoppingList[0]
print("firstItem is equal to \"\(firstItem)\"")
print("@@listing-end 6@@")
shoppingList[0] = "Six eggs"
print("the first item in the list is now equal to \"\(shoppingList[0])\" rather than \"Eggs\"")
print("@@listing-end 7@@")
shoppingList[4...6] = ["Bananas", "Apples"]
print("shoppingList now contains \(shoppingList.count) items")
print("@@listing-end 8@@")
shoppingList.insert("Maple Syrup", at: 0)
print("shoppingList now contains \(shoppingList.count) items")
print("\"\(shoppingList[0])\" is now the first item in the list")
print("@@listing-end 9@@")
let mapleSyrup = shoppingList.remove(at: 0)
// the item that was at index 0 has just been removed
print("shoppingList now contains \(shoppingList.count) items, and no Maple Syrup")
print("the mapleSyrup constant is now equal to the removed \"\(mapleSyrup)\" string")
print("@@listing-end 10@@")
firstItem = shoppingList[0]
print("firstItem is now equal to \"\(firstItem)\"")
print("@@listing-end 11@@")
let apples = shoppingList.removeLast()
// the last item in the array has just been removed
print("shoppingList now contains \(shoppingList.count) items, and no apples")
print("the apples constant is now equal to the removed \"\(apples)\" string")
print("@@listing-end 12@@")
for item in shoppingList {
   print(item)
}
print("@@listing-end 13@@")
for (index, value) in shoppingList.enumerated() {
   print("Item \(index + 1): \(value)")
}
print("@@listing-end 14@@")
