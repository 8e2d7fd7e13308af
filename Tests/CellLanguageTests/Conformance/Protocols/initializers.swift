protocol SomeProtocol {
   init(someParameter: Int)
}
print("@@listing-end 1@@")
class SomeClass: SomeProtocol {
   required init(someParameter: Int) {
      // initializer implementation goes here
   }
}
print("@@listing-end 2@@")
