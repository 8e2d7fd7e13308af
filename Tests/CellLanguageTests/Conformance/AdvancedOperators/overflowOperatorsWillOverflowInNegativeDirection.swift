var unsignedOverflow = UInt8.min
print("unsignedOverflow equals \(unsignedOverflow), which is the minimum value a UInt8 can hold")
unsignedOverflow = unsignedOverflow &- 1
print("unsignedOverflow is now equal to \(unsignedOverflow)")
print("@@listing-end 1@@")
