var potentialOverflow = Int16.max
print("potentialOverflow equals \(potentialOverflow), which is the maximum value an Int16 can hold")
potentialOverflow += 1
// this causes an error
print("@@listing-end 1@@")
