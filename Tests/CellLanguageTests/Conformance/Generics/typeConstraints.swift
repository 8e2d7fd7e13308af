class SomeClass {}
protocol SomeProtocol {}
func someFunction<T: SomeClass, U: SomeProtocol>(someT: T, someU: U) {
   // function body goes here
}
print("@@listing-end 1@@")
func findIndex(ofString valueToFind: String, in array: [String]) -> Int? {
   for (index, value) in array.enumerated() {
      if value == valueToFind {
         return index
      }
   }
   return nil
}
print("@@listing-end 2@@")
let strings = ["cat", "dog", "llama", "parakeet", "terrapin"]
if let foundIndex = findIndex(ofString: "llama", in: strings) {
   print("The index of llama is \(foundIndex)")
}
print("@@listing-end 3@@")
