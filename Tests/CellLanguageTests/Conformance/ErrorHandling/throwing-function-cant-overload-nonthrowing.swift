func f() -> Int { return 10 }
func f() throws -> Int { return 10 } // Error
print("@@listing-end 1@@")
