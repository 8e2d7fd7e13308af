class Scope {  // Need to be in a scope to meaningfully use private (vs fileprivate)
private class SomePrivateClass {}
let privateConstant = SomePrivateClass()
var privateVariable = SomePrivateClass()
class C {
   var privateProperty = SomePrivateClass()
   subscript(index: Int) -> SomePrivateClass {
      return SomePrivateClass()
   }
}
}  // End surrounding scope
print("@@listing-end 1@@")
