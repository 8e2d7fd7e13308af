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
