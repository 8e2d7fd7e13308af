// TheBasics.md line 1677 (a listing without a book test).
let name: String? = nil
let greeting = "Hello, " + (name ?? "friend") + "!"
print(greeting)
print("@@listing-end 1@@")
