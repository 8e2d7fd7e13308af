let emptyString = ""
assert(
emptyString.isEmpty && emptyString.startIndex == emptyString.endIndex
)
print("@@listing-end 1@@")
