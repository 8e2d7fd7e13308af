class A { static var cp: String { return "A" } }
class B: A { override static var cp: String { return "B" } }
print("@@listing-end 1@@")
