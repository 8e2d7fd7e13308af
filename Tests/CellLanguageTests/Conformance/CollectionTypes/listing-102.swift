// CollectionTypes.md lines 102, 267 and 1209 (listings without a book test).
var someInts = [Int]()
print("someInts is of type [Int] with \(someInts.count) items.")
print("@@listing-end 1@@")
var shoppingList = [
    "Eggs",
    "Milk",
]
print("@@listing-end 2@@")
var airports = [
    "YYZ": "Toronto Pearson",
    "DUB": "Dublin",
]
print("@@listing-end 3@@")
