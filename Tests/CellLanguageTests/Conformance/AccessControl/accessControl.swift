public class SomePublicClass {                  // explicitly public class
   public var somePublicProperty = 0            // explicitly public class member
   var someInternalProperty = 0                 // implicitly internal class member
   fileprivate func someFilePrivateMethod() {}  // explicitly file-private class member
   private func somePrivateMethod() {}          // explicitly private class member
}

class SomeInternalClass {                       // implicitly internal class
   var someInternalProperty = 0                 // implicitly internal class member
   fileprivate func someFilePrivateMethod() {}  // explicitly file-private class member
   private func somePrivateMethod() {}          // explicitly private class member
}

fileprivate class SomeFilePrivateClass {        // explicitly file-private class
   func someFilePrivateMethod() {}              // implicitly file-private class member
   private func somePrivateMethod() {}          // explicitly private class member
}

private class SomePrivateClass {                // explicitly private class
   func somePrivateMethod() {}                  // implicitly private class member
}
print("@@listing-end 1@@")
private func someFunction() -> (SomeInternalClass, SomePrivateClass) {
   // function implementation goes here
   return (SomeInternalClass(), SomePrivateClass())
}
print("@@listing-end 2@@")
private var privateInstance = SomePrivateClass()
print("@@listing-end 3@@")
