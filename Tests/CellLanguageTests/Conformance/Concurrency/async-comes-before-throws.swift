func right() async throws -> Int { return 12 }
func wrong() throws async -> Int { return 12 }
print("@@listing-end 1@@")
