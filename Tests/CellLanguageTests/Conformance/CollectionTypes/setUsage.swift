var favoriteGenres: Set = ["Rock", "Classical", "Hip hop"]
print("I have \(favoriteGenres.count) favorite music genres.")
print("@@listing-end 1@@")
if favoriteGenres.isEmpty {
   print("As far as music goes, I'm not picky.")
} else {
   print("I have particular music preferences.")
}
print("@@listing-end 2@@")
favoriteGenres.insert("Jazz")
print("favoriteGenres now contains \(favoriteGenres.count) items")
print("@@listing-end 3@@")
if let removedGenre = favoriteGenres.remove("Rock") {
   print("\(removedGenre)? I'm over it.")
} else {
   print("I never much cared for that.")
}
print("@@listing-end 4@@")
if favoriteGenres.contains("Funk") {
    print("I get up on the good foot.")
} else {
    print("It's too funky in here.")
}
print("@@listing-end 5@@")
for genre in favoriteGenres {
   print("\(genre)")
}
print("@@listing-end 6@@")
for genre in favoriteGenres.sorted() {
   print("\(genre)")
}
print("@@listing-end 7@@")
