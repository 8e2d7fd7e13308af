func f() -> Int { return 10 }
func f() throws -> Int { return 10 } // Error
!$ error: invalid redeclaration of 'f()'
!$ note: 'f()' previously declared here
print("@@listing-end 1@@")
