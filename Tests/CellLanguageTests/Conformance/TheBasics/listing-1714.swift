// TheBasics.md line 1714 (a listing without a book test): its two ways of unwrapping, each in a scope of its own.
let possibleNumber = "123"
let convertedNumber = Int(possibleNumber)
do {
let number = convertedNumber!
print(number)
}
func unwrapped() -> Int {
guard let number = convertedNumber else {
    fatalError("The number was invalid")
}
return number
}
print(unwrapped())
print("@@listing-end 1@@")
