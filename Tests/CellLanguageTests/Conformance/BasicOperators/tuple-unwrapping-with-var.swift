var (x, y) = (1, 2)
print("@@listing-end 1@@")
