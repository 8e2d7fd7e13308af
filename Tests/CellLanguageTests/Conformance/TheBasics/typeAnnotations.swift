var welcomeMessage: String
print("@@listing-end 1@@")
welcomeMessage = "Hello"
print(welcomeMessage)
print("@@listing-end 2@@")
var red, green, blue: Double
print("@@listing-end 3@@")
