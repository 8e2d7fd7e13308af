extension Int {
   subscript(digitIndex: Int) -> Int {
      var decimalBase = 1
      for _ in 0..<digitIndex {
         decimalBase *= 10
      }
      return (self / decimalBase) % 10
   }
}
let r0 =
746381295[0]
print("returns \(r0)")
let r1 =
746381295[1]
print("returns \(r1)")
let r2 =
746381295[2]
print("returns \(r2)")
let r3 =
746381295[8]
print("returns \(r3)")
print("@@listing-end 1@@")
let r4 =
746381295[9]
print("returns \(r4), as if you had requested:")
let r5 =
0746381295[9]
print("@@listing-end 2@@")
