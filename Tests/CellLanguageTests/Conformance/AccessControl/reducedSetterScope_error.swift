struct TrackedString {
   private(set) var numberOfEdits = 0
   var value: String = "" {
      didSet {
         numberOfEdits += 1
      }
   }
}
print("@@listing-end 1@@")
extension TrackedString {
    mutating func f() { numberOfEdits += 1 }
}
// check that we can't set its value with from the same file
var s = TrackedString()
let resultA: Void = { s.numberOfEdits += 1 }()
print("@@listing-end 2@@")
