let twoThousand: UInt16 = 2_000
let one: UInt8 = 1
let twoThousandAndOne = twoThousand + UInt16(one)
print(twoThousandAndOne)
print("@@listing-end 1@@")
let three = 3
let pointOneFourOneFiveNine = 0.14159
let pi = Double(three) + pointOneFourOneFiveNine
print("pi equals \(pi), and is inferred to be of type Double")
print("@@listing-end 2@@")
let integerPi = Int(pi)
print("integerPi equals \(integerPi), and is inferred to be of type Int")
print("@@listing-end 3@@")
