var favoriteGenres: Set = ["Rock", "Classical", "Hip hop"]
print("@@listing-end 1@@")
