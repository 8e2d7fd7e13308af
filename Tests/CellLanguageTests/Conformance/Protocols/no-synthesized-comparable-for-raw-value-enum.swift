enum E: Int, Comparable {
    case ten = 10
    case twelve = 12
}
!$ error: type 'E' does not conform to protocol 'Comparable'
!$ note: enum declares raw type 'Int', preventing synthesized conformance of 'E' to 'Comparable'
!$ note: candidate would match if 'E' conformed to 'FloatingPoint'
!$ note: candidate has non-matching type '<Self, Other> (Self, Other) -> Bool'
!$ note: candidate would match if 'E' conformed to '_Pointer'
!$ note: candidate would match if 'E' conformed to '_Pointer'
!$ note: candidate has non-matching type '<Self> (Self, Self) -> Bool'
!$ note: candidate would match if 'E' conformed to 'StringProtocol'
!$ note: protocol requires function '<' with type '(E, E) -> Bool'
print("@@listing-end 1@@")
