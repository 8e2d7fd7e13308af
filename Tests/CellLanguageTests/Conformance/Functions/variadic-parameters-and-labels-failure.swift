// Unlabeled, immediately after
func f(_ a: Int..., _ b: String) {}
!$ error: a parameter following a variadic parameter requires a label
print("@@listing-end 1@@")
