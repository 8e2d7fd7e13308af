public protocol PublicProtocol {
   public var publicProperty: Int { get }
   internal var internalProperty: Int { get }
   fileprivate var filePrivateProperty: Int { get }
   private var privateProperty: Int { get }
}
print("@@listing-end 1@@")
