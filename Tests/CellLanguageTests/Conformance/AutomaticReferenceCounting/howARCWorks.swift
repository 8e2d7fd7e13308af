class Person {
   let name: String
   init(name: String) {
      self.name = name
      print("\(name) is being initialized")
   }
   deinit {
      print("\(name) is being deinitialized")
   }
}
print("@@listing-end 1@@")
var reference1: Person?
var reference2: Person?
var reference3: Person?
print("@@listing-end 2@@")
reference1 = Person(name: "John Appleseed")
print("@@listing-end 3@@")
reference2 = reference1
reference3 = reference1
print("@@listing-end 4@@")
reference1 = nil
reference2 = nil
print("@@listing-end 5@@")
reference3 = nil
print("@@listing-end 6@@")
