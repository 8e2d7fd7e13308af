let dogString = "Dog‼🐶"
print("@@listing-end 1@@")
for codeUnit in dogString.utf8 {
   print("\(codeUnit) ", terminator: "")
}
print("")
// Prints "68 111 103 226 128 188 240 159 144 182 ".
print("@@listing-end 2@@")
for codeUnit in dogString.utf16 {
   print("\(codeUnit) ", terminator: "")
}
print("")
// Prints "68 111 103 8252 55357 56374 ".
print("@@listing-end 3@@")
for scalar in dogString.unicodeScalars {
   print("\(scalar.value) ", terminator: "")
}
print("")
// Prints "68 111 103 8252 128054 ".
print("@@listing-end 4@@")
for scalar in dogString.unicodeScalars {
   print("\(scalar) ")
}
print("@@listing-end 5@@")
