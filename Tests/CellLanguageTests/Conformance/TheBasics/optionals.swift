let possibleNumber = "123"
let convertedNumber = Int(possibleNumber)
// convertedNumber is inferred to be of type "Int?", or "optional Int"
print(type(of: convertedNumber))
print("@@listing-end 1@@")
var serverResponseCode: Int? = 404
print("serverResponseCode contains an actual Int value of \(serverResponseCode!)")
serverResponseCode = nil
// serverResponseCode now contains no value
print("@@listing-end 2@@")
var surveyAnswer: String?
// surveyAnswer is automatically set to nil
print("@@listing-end 3@@")
if convertedNumber != nil {
   print("convertedNumber contains some integer value.")
}
print("@@listing-end 4@@")
if let actualNumber = Int(possibleNumber) {
   print("The string \"\(possibleNumber)\" has an integer value of \(actualNumber)")
} else {
   print("The string \"\(possibleNumber)\" couldn't be converted to an integer")
}
print("@@listing-end 5@@")
let myNumber = Int(possibleNumber)
// Here, myNumber is an optional integer
if let myNumber = myNumber {
    // Here, myNumber is a non-optional integer
    print("My number is \(myNumber)")
}
print("@@listing-end 6@@")
if let myNumber {
    print("My number is \(myNumber)")
}
print("@@listing-end 7@@")
