let a: [String: String] = [:]
var b: [String: String] = [:]
b.merge(a, uniquingKeysWith: { $1 })
b.merge(a, uniquingKeysWith: { $0 })
!$ error: contextual closure type '(String, String) throws -> String' expects 2 arguments, but 1 was used in closure body
print("@@listing-end 1@@")
