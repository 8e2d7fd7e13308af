for character in "Dog!🐶" {
   print(character)
}
print("@@listing-end 1@@")
let exclamationMark: Character = "!"
print("@@listing-end 2@@")
let catCharacters: [Character] = ["C", "a", "t", "!", "🐱"]
let catString = String(catCharacters)
print(catString)
print("@@listing-end 3@@")
