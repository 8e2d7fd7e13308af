public class A {
   fileprivate func someMethod() {}
}

internal class B: A {
   override internal func someMethod() {}
}
print("@@listing-end 1@@")
