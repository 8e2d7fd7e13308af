protocol SomeInheritedProtocol {}
protocol SomeClassOnlyProtocol: AnyObject, SomeInheritedProtocol {
   // class-only protocol definition goes here
}
print("@@listing-end 1@@")
