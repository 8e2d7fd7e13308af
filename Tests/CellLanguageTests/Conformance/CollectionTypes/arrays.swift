var shoppingList: [String] = ["Eggs", "Milk"]
// shoppingList has been initialized with two initial items
print("@@listing-end 1@@")
