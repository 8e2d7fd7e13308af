protocol SomeProtocol {
   static func someTypeMethod()
}
print("@@listing-end 1@@")
