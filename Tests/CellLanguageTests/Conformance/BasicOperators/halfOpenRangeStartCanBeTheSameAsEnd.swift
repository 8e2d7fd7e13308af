let range = 1..<1
print("@@listing-end 1@@")
