let multiplier = 3
let message = "\(multiplier) times 2.5 is \(Double(multiplier) * 2.5)"
print("message is \"\(message)\"")
print("@@listing-end 1@@")
print(#"Write an interpolated string in Swift using \(multiplier)."#)
print("@@listing-end 2@@")
print(#"6 times 7 is \#(6 * 7)."#)
print("@@listing-end 3@@")
