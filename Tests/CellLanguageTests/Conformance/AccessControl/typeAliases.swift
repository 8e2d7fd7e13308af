public struct PublicStruct {}
internal struct InternalStruct {}
private struct PrivateStruct {}

public typealias PublicAliasOfPublicType = PublicStruct
internal typealias InternalAliasOfPublicType = PublicStruct
private typealias PrivateAliasOfPublicType = PublicStruct

public typealias PublicAliasOfInternalType = InternalStruct     // not allowed
internal typealias InternalAliasOfInternalType = InternalStruct
private typealias PrivateAliasOfInternalType = InternalStruct

public typealias PublicAliasOfPrivateType = PrivateStruct       // not allowed
internal typealias InternalAliasOfPrivateType = PrivateStruct   // not allowed
private typealias PrivateAliasOfPrivateType = PrivateStruct

!$ error: type alias cannot be declared public because its underlying type uses an internal type
!$ note: type declared here
!$ error: type alias cannot be declared public because its underlying type uses a private type
!$ note: type declared here
!$ error: type alias cannot be declared internal because its underlying type uses a private type
!$ note: type declared here
print("@@listing-end 1@@")
