var a = 1
a += 2
print("a is now equal to \(a)")
print("@@listing-end 1@@")
