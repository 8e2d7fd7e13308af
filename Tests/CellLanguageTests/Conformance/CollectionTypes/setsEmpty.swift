var letters = Set<Character>()
print("letters is of type Set<Character> with \(letters.count) items.")
print("@@listing-end 1@@")
letters.insert("a")
print("letters now contains \(letters.count) value of type Character")
letters = []
// letters is now an empty set, but is still of type Set<Character>
print("@@listing-end 2@@")
