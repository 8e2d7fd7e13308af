let age = -3
assert(age >= 0, "A person's age can't be less than zero, but value is \(age).")
print("@@listing-end 1@@")
