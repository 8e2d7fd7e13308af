let languageName = "Swift"
languageName = "Swift++"
// This is a compile-time error: languageName cannot be changed.
print("@@listing-end 1@@")
