var signedOverflow = Int8.min
print("signedOverflow equals \(signedOverflow), which is the minimum value an Int8 can hold")
signedOverflow = signedOverflow &- 1
print("signedOverflow is now equal to \(signedOverflow)")
print("@@listing-end 1@@")
