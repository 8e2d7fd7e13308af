func addTwoInts(_ a: Int, _ b: Int) -> Int {
   return a + b
}
print(type(of: addTwoInts))
func multiplyTwoInts(_ a: Int, _ b: Int) -> Int {
   return a * b
}
print(type(of: multiplyTwoInts))
print("@@listing-end 1@@")
func printHelloWorld() {
   print("hello, world")
}
print(type(of: printHelloWorld))
print("@@listing-end 2@@")
var mathFunction: (Int, Int) -> Int = addTwoInts
print("@@listing-end 3@@")
print("Result: \(mathFunction(2, 3))")
print("@@listing-end 4@@")
mathFunction = multiplyTwoInts
print("Result: \(mathFunction(2, 3))")
print("@@listing-end 5@@")
let anotherMathFunction = addTwoInts
print(type(of: anotherMathFunction))
// anotherMathFunction is inferred to be of type (Int, Int) -> Int
print("@@listing-end 6@@")
func printMathResult(_ mathFunction: (Int, Int) -> Int, _ a: Int, _ b: Int) {
   print("Result: \(mathFunction(a, b))")
}
printMathResult(addTwoInts, 3, 5)
print("@@listing-end 7@@")
func stepForward(_ input: Int) -> Int {
   return input + 1
}
func stepBackward(_ input: Int) -> Int {
   return input - 1
}
print("@@listing-end 8@@")
func chooseStepFunction(backward: Bool) -> (Int) -> Int {
   return backward ? stepBackward : stepForward
}
print("@@listing-end 9@@")
var currentValue = 3
let moveNearerToZero = chooseStepFunction(backward: currentValue > 0)
print(type(of: moveNearerToZero))
// moveNearerToZero now refers to the stepBackward() function
print("@@listing-end 10@@")
print("Counting to zero:")
while currentValue != 0 {
   print("\(currentValue)... ")
   currentValue = moveNearerToZero(currentValue)
}
print("zero!")
print("@@listing-end 11@@")
