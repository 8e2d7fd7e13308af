// Static methods a subclass inherits while a class between overrides another static member: a body that does not
// reach the overridden member runs as its declaring class's.
class Animal {
    var name: String
    required init(name: String) { self.name = name }
    static func make(named name: String) -> Animal { Animal(name: name) }
    static func pair() -> [Animal] { [make(named: "a"), make(named: "b")] }
    class func kind() -> String { "animal" }
    class func sound() -> String { "..." }
}
class Dog: Animal {
    override class func kind() -> String { "dog" }
}
class Puppy: Dog {
    override class func sound() -> String { "yip" }
}
print(Dog.make(named: "rex").name, Puppy.make(named: "bit").name, Puppy.pair().map(\.name))
print(Dog.kind(), Puppy.kind(), Puppy.sound(), Dog.sound())
