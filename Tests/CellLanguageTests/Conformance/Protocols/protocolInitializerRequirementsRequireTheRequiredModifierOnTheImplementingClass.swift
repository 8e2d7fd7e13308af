protocol P {
   init(s: String)
}
class C1: P {
   required init(s: String) {}
}
class C2: P {
   init(s: String) {}
}
!$ error: initializer requirement 'init(s:)' can only be satisfied by a 'required' initializer in non-final class 'C2'
print("@@listing-end 1@@")
