let enclosedEAcute: Character = "\u{E9}\u{20DD}"
assert(enclosedEAcute == "é⃝")
print("enclosedEAcute is \(enclosedEAcute)")
print("@@listing-end 1@@")
