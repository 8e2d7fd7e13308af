extension Int {
   func repetitions(task: () -> Void) {
      for _ in 0..<self {
         task()
      }
   }
}
print("@@listing-end 1@@")
3.repetitions {
   print("Hello!")
}
print("@@listing-end 2@@")
extension Int {
   mutating func square() {
      self = self * self
   }
}
var someInt = 3
someInt.square()
print("someInt is now \(someInt)")
print("@@listing-end 3@@")
