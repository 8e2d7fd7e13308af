class C {
   final var someVar = 0
   final func someFunction() {
      print("In someFunction")
   }
}
class D : C {
   override var someVar: Int {
      get { return 1 }
      set {}
   }
   override func someFunction() {
      print("In overridden someFunction")
   }
}
print("@@listing-end 1@@")
