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
print("@@listing-end 1@@")
