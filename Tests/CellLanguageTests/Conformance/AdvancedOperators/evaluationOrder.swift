let r0 =
2 + 3 % 4 * 5
assert(r0 == 17)
print("this equals \(2 + 3 % 4 * 5)")
print("@@listing-end 1@@")
let r1 =
2 + ((3 % 4) * 5)
assert(r1 == 17)
print("@@listing-end 2@@")
let r2 =
2 + (3 * 5)
assert(r2 == 17)
print("@@listing-end 3@@")
let r3 =
2 + 15
assert(r3 == 17)
print("@@listing-end 4@@")
