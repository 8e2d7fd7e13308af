var unsignedOverflow = UInt8.max
print("unsignedOverflow equals \(unsignedOverflow), which is the maximum value a UInt8 can hold")
unsignedOverflow = unsignedOverflow &+ 1
print("unsignedOverflow is now equal to \(unsignedOverflow)")
print("@@listing-end 1@@")
