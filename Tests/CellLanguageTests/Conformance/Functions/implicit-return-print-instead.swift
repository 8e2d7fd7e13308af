// This is ok:
func testFatal() -> Int {
    fatalError("Oh no!")
}

// But not this:
func testPrint() -> Int {
    print(13)
}
print("@@listing-end 1@@")
