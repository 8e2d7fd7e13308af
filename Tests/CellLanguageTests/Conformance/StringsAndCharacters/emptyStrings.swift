var emptyString = ""               // empty string literal
var anotherEmptyString = String()  // initializer syntax
// these two strings are both empty, and are equivalent to each other
assert(emptyString == anotherEmptyString)
print("@@listing-end 1@@")
if emptyString.isEmpty {
   print("Nothing to see here")
}
print("@@listing-end 2@@")
