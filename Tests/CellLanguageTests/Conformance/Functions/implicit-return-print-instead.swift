// This is ok:
func testFatal() -> Int {
    fatalError("Oh no!")
}

// But not this:
func testPrint() -> Int {
    print(13)
}
!$ error: cannot convert return expression of type '()' to return type 'Int'
print("@@listing-end 1@@")
