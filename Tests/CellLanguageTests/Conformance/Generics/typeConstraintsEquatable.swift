func findIndex<T: Equatable>(of valueToFind: T, in array:[T]) -> Int? {
   for (index, value) in array.enumerated() {
      if value == valueToFind {
         return index
      }
   }
   return nil
}
print("@@listing-end 1@@")
let doubleIndex = findIndex(of: 9.3, in: [3.14159, 0.1, 0.25])
print("doubleIndex is an optional Int with no value, because 9.3 isn't in the array")
let stringIndex = findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"])
print("stringIndex is an optional Int containing a value of \(stringIndex!)")
print("@@listing-end 2@@")
