protocol SomeInheritedProtocol {}
protocol SomeClassOnlyProtocol: SomeInheritedProtocol, AnyObject {
   // class-only protocol definition goes here
}
print("@@listing-end 1@@")
