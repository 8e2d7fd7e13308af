class SomeSuperclass {}
class SomeSubclass: SomeSuperclass {
   // subclass definition goes here
}
print("@@listing-end 1@@")
