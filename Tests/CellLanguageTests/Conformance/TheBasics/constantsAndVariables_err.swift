let languageName = "Swift"
languageName = "Swift++"
// This is a compile-time error: languageName cannot be changed.
!$ error: cannot assign to value: 'languageName' is a 'let' constant
print("@@listing-end 1@@")
