// Unlabeled, immediately after
func f(_ a: Int..., _ b: String) {}
print("@@listing-end 1@@")
