protocol SomeProtocol {
   // protocol definition goes here
}
print("@@listing-end 1@@")
protocol FirstProtocol {}
protocol AnotherProtocol {}
struct SomeStructure: FirstProtocol, AnotherProtocol {
   // structure definition goes here
}
print("@@listing-end 2@@")
class SomeSuperclass {}
class SomeClass: SomeSuperclass, FirstProtocol, AnotherProtocol {
   // class definition goes here
}
print("@@listing-end 3@@")
