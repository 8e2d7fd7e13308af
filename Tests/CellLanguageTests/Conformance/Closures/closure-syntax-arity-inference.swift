let a: [String: String] = [:]
var b: [String: String] = [:]
b.merge(a, uniquingKeysWith: { $1 })
b.merge(a, uniquingKeysWith: { $0 })
print("@@listing-end 1@@")
