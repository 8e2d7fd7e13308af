let age = -3
assert(age >= 0)
print("@@listing-end 1@@")
