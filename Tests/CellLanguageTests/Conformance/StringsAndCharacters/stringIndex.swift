let greeting = "Guten Tag!"
print(
greeting[greeting.startIndex]
)
// G
print(
greeting[greeting.index(before: greeting.endIndex)]
)
// !
print(
greeting[greeting.index(after: greeting.startIndex)]
)
// u
let index = greeting.index(greeting.startIndex, offsetBy: 7)
print(
greeting[index]
)
// a
print("@@listing-end 1@@")
for index in greeting.indices {
   print("\(greeting[index]) ", terminator: "")
}
print("")
// Prints "G u t e n   T a g ! ".
print("@@listing-end 2@@")
