var a: Int = 0 { willSet { print("willSet") } didSet { print("didSet") } }
a = 42
print("@@listing-end 1@@")
