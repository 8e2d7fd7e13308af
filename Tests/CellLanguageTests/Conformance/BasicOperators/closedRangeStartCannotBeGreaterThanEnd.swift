let range = 1...0
print("@@listing-end 1@@")
