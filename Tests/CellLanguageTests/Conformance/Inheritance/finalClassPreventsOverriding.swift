final class C {
   var someVar = 0
   func someFunction() {
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
!$ error: inheritance from a final class 'C'
print("@@listing-end 1@@")
