protocol HasArea {
   var area: Double { get }
}
print("@@listing-end 1@@")
class Circle: HasArea {
   let pi = 3.1415927
   var radius: Double
   var area: Double { return pi * radius * radius }
   init(radius: Double) { self.radius = radius }
}
class Country: HasArea {
   var area: Double
   init(area: Double) { self.area = area }
}
print("@@listing-end 2@@")
class Animal {
   var legs: Int
   init(legs: Int) { self.legs = legs }
}
print("@@listing-end 3@@")
let objects: [AnyObject] = [
   Circle(radius: 2.0),
   Country(area: 243_610),
   Animal(legs: 4)
]
print("@@listing-end 4@@")
for object in objects {
   if let objectWithArea = object as? HasArea {
      print("Area is \(objectWithArea.area)")
   } else {
      print("Something that doesn't have an area")
   }
}
print("@@listing-end 5@@")
