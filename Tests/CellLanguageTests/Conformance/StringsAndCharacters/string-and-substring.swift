let greeting = "Hello, world!"
let index = greeting.firstIndex(of: ",") ?? greeting.endIndex
let beginning = greeting[..<index]
print("beginning is \"\(beginning)\"")

// Convert the result to a String for long-term storage.
let newString = String(beginning)
print("@@listing-end 1@@")
