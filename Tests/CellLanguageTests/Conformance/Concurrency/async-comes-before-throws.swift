func right() async throws -> Int { return 12 }
func wrong() throws async -> Int { return 12 }
!$ error: 'async' must precede 'throws'
print("@@listing-end 1@@")
