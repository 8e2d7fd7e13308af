func findIndex<T>(of valueToFind: T, in array:[T]) -> Int? {
   for (index, value) in array.enumerated() {
      if value == valueToFind {
         return index
      }
   }
   return nil
}
!$ error: binary operator '==' cannot be applied to two 'T' operands
print("@@listing-end 1@@")
