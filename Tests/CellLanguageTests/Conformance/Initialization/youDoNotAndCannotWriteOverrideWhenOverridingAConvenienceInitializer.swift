class C {
   var i: Int
   init(someInt: Int) {
      i = someInt
   }
   convenience init() {
      self.init(someInt: 42)
   }
}
class D1: C {
   // override for designated, so needs the override modifier
   override init(someInt: Int) {
      super.init(someInt: someInt)
   }
   // not technically an override, so doesn't need the override modifier
   convenience init() {
      self.init(someInt: 42)
   }
}
class D2: C {
   // override for designated, so needs the override modifier
   override init(someInt: Int) {
      super.init(someInt: someInt)
   }
   // this isn't correct - "override" isn't required
   override convenience init() {
      self.init(someInt: 42)
   }
}
print("@@listing-end 1@@")
