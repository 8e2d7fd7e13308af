// Number literals among a generic call's arguments take the type the other arguments give the type parameter.
func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() where value == valueToFind { return index }
    return nil
}
print(findIndex(of: 2.5, in: [1]) as Any)
print(findIndex(of: 2, in: [1.0, 2.0]) as Any)
print(findIndex(of: 3, in: [1, 3]) as Any)
let d = 2.0
print(findIndex(of: 2, in: [1, d]) as Any)
print(findIndex(of: d, in: [1, 2]) as Any)
func same<T: Equatable>(_ a: T, _ b: T) -> Bool { a == b }
print(same(1, 1.0), same(-2.5, -2), same(d, 2), same("a", "a"))
// A defaulted parameter left out, a generic method, an integer type bound first.
func contains<T: Equatable>(_ a: T, _ b: [T], from start: Int = 0) -> Bool { b[start...].contains(a) }
struct Box { func has<T: Equatable>(_ a: T, in b: [T]) -> Bool { b.contains(a) } }
print(contains(2, [1.5, 2.0]), contains(1, [1.5, 2.0], from: 1), Box().has(2, in: [2.5, 2.0]), same(UInt8(3), 3))
