func greet(person: String) {
   print("Hello, \(person)!")
}
greet(person: "Dave")
print("@@listing-end 1@@")
func printAndCount(string: String) -> Int {
   print(string)
   return string.count
}
func printWithoutCounting(string: String) {
   let _ = printAndCount(string: string)
}
let a =
printAndCount(string: "hello, world")
assert(a == 12)
// prints "hello, world" and returns a value of 12
printWithoutCounting(string: "hello, world")
// prints "hello, world" but doesn't return a value
print("@@listing-end 2@@")
