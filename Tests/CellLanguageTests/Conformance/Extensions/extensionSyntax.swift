struct SomeType {}
extension SomeType {
   // new functionality to add to SomeType goes here
}
print("@@listing-end 1@@")
protocol SomeProtocol {}
protocol AnotherProtocol {}
extension SomeType: SomeProtocol, AnotherProtocol {
   // implementation of protocol requirements goes here
}
print("@@listing-end 2@@")
