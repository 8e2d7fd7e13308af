let someString = "Some string literal value"
print("@@listing-end 1@@")
