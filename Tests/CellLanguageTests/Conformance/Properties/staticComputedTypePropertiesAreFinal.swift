class A { static var cp: String { return "A" } }
class B: A { override static var cp: String { return "B" } }
!$ error: cannot override static property
!$ note: overridden declaration is here
print("@@listing-end 1@@")
