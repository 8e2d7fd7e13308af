public protocol PublicProtocol {
   public var publicProperty: Int { get }
   internal var internalProperty: Int { get }
   fileprivate var filePrivateProperty: Int { get }
   private var privateProperty: Int { get }
}
!$ error: 'public' modifier cannot be used in protocols
!$ note: protocol requirements implicitly have the same access as the protocol itself
!$ error: 'internal' modifier cannot be used in protocols
!$ note: protocol requirements implicitly have the same access as the protocol itself
!$ error: 'fileprivate' modifier cannot be used in protocols
!$ note: protocol requirements implicitly have the same access as the protocol itself
!$ error: 'private' modifier cannot be used in protocols
!$ note: protocol requirements implicitly have the same access as the protocol itself
print("@@listing-end 1@@")
