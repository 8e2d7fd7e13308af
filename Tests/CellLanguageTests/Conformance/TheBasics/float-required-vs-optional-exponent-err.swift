let hexWithout = 0x1.5
print("@@listing-end 1@@")
