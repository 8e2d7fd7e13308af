let cat = "🐱"; print(cat)
print("@@listing-end 1@@")
