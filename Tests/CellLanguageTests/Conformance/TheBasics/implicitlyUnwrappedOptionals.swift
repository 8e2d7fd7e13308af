let possibleString: String? = "An optional string."
let forcedString: String = possibleString! // requires an exclamation point

let assumedString: String! = "An implicitly unwrapped optional string."
let implicitString: String = assumedString // no need for an exclamation point
print("@@listing-end 1@@")
let optionalString = assumedString
// The type of optionalString is "String?" and assumedString isn't force-unwrapped.
print(type(of: optionalString))
print("@@listing-end 2@@")
if assumedString != nil {
   print(assumedString!)
}
print("@@listing-end 3@@")
if let definiteString = assumedString {
   print(definiteString)
}
print("@@listing-end 4@@")
