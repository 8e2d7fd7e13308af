let index = -1
// In the implementation of a subscript...
precondition(index > 0, "Index must be greater than zero.")
print("@@listing-end 1@@")
