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
!$ error: property overrides a 'final' property
!$ note: overridden declaration is here
!$ error: instance method overrides a 'final' instance method
!$ note: overridden declaration is here
print("@@listing-end 1@@")
