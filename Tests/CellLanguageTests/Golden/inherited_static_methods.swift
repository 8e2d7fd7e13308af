// Static and class methods a subclass inherits, called through the subclass (which overrides no static member).
class Animal {
    var name: String
    init(name: String) { self.name = name }
    static func make() -> Animal { Animal(name: "generic") }
    static func make(named name: String) -> Animal { Animal(name: name) }
    class func kind() -> String { "animal" }
}
class Dog: Animal {
    func bark() -> String { "woof from \(name)" }
}
class Puppy: Dog {}
let d = Dog.make()
print(d.name, Dog.kind(), Puppy.kind(), Puppy.make(named: "rex").name)
print(Dog(name: "fido").bark(), Puppy(name: "bit").bark())
