class C {
   var x = 0
   func foo() {}
}
extension C {
   override var x: Int {
      didSet {
         print("new x is \(x)")
      }
   }
   override func foo() {
      print("called overridden foo")
   }
}
!$ error: property does not override any property from its superclass
!$ error: ambiguous use of 'x'
!$ note: found this candidate
!$ note: found this candidate
!$ error: invalid redeclaration of 'x'
!$ note: 'x' previously declared here
!$ error: method does not override any method from its superclass
!$ error: invalid redeclaration of 'foo()'
!$ note: 'foo()' previously declared here
print("@@listing-end 1@@")
