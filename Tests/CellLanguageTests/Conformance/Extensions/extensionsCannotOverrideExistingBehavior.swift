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
print("@@listing-end 1@@")
