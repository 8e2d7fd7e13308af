let unusualMenagerie = "Koala 🐨, Snail 🐌, Penguin 🐧, Dromedary 🐪"
print("unusualMenagerie has \(unusualMenagerie.count) characters")
print("@@listing-end 1@@")
var word = "cafe"
print("the number of characters in \(word) is \(word.count)")

word += "\u{301}"    // COMBINING ACUTE ACCENT, U+0301

print("the number of characters in \(word) is \(word.count)")
print("@@listing-end 2@@")
