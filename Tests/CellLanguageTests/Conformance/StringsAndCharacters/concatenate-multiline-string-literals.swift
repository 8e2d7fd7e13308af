let badStart = """
    one
    two
    """
let end = """
    three
    """
print(badStart + end)
// Prints two lines:

let goodStart = """
    one
    two

    """
print(goodStart + end)
// Prints three lines:
print("@@listing-end 1@@")
