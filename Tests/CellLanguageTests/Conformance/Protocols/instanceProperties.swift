protocol SomeProtocol {
   var mustBeSettable: Int { get set }
   var doesNotNeedToBeSettable: Int { get }
}
print("@@listing-end 1@@")
protocol AnotherProtocol {
   static var someTypeProperty: Int { get set }
}
print("@@listing-end 2@@")
protocol FullyNamed {
   var fullName: String { get }
}
print("@@listing-end 3@@")
struct Person: FullyNamed {
   var fullName: String
}
let john = Person(fullName: "John Appleseed")
print("john.fullName is \"\(john.fullName)\"")
print("@@listing-end 4@@")
class Starship: FullyNamed {
   var prefix: String?
   var name: String
   init(name: String, prefix: String? = nil) {
      self.name = name
      self.prefix = prefix
   }
   var fullName: String {
      return (prefix != nil ? prefix! + " " : "") + name
   }
}
var ncc1701 = Starship(name: "Enterprise", prefix: "USS")
print("ncc1701.fullName is \"\(ncc1701.fullName)\"")
print("@@listing-end 5@@")
