class SomeClass {
   required init() {
      // initializer implementation goes here
   }
}
print("@@listing-end 1@@")
class SomeSubclass: SomeClass {
   required init() {
      // subclass implementation of the required initializer goes here
   }
}
print("@@listing-end 2@@")
