// Labeled, immediately after
func f(_ a: Int..., b: String) {}

// Unlabeled, not immediately after
func g(_ a: Int..., b: String, _ c: Int) {}

// Multiple
func h(_a: Int..., b: String, _ c: Int..., d: String) {}
print("@@listing-end 1@@")
