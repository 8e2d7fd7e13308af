func makeIncrementer(forIncrement amount: Int) -> () -> Int {
   var runningTotal = 0
   func incrementer() -> Int {
      runningTotal += amount
      return runningTotal
   }
   return incrementer
}
print("@@listing-end 1@@")
let incrementByTen = makeIncrementer(forIncrement: 10)
print("@@listing-end 2@@")
let r0 =
incrementByTen()
print("returns a value of \(r0)")
let r1 =
incrementByTen()
print("returns a value of \(r1)")
let r2 =
incrementByTen()
print("returns a value of \(r2)")
print("@@listing-end 3@@")
let incrementBySeven = makeIncrementer(forIncrement: 7)
let r3 =
incrementBySeven()
print("returns a value of \(r3)")
print("@@listing-end 4@@")
let r4 =
incrementByTen()
print("returns a value of \(r4)")
print("@@listing-end 5@@")
let alsoIncrementByTen = incrementByTen
let r5 =
alsoIncrementByTen()
print("returns a value of \(r5)")

let r6 =
incrementByTen()
print("returns a value of \(r6)")
print("@@listing-end 6@@")
