var welcome = "hello"
welcome.insert("!", at: welcome.endIndex)
print("welcome now equals \"\(welcome)\"")

welcome.insert(contentsOf: " there", at: welcome.index(before: welcome.endIndex))
print("welcome now equals \"\(welcome)\"")
print("@@listing-end 1@@")
welcome.remove(at: welcome.index(before: welcome.endIndex))
print("welcome now equals \"\(welcome)\"")

let range = welcome.index(welcome.endIndex, offsetBy: -6)..<welcome.endIndex
welcome.removeSubrange(range)
print("welcome now equals \"\(welcome)\"")
print("@@listing-end 2@@")
