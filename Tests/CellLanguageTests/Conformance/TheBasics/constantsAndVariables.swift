let maximumNumberOfLoginAttempts = 10
var currentLoginAttempt = 0
print("@@listing-end 1@@")
let π = 3.14159
let 你好 = "你好世界"
let 🐶🐮 = "dogcow"
print("@@listing-end 2@@")
var friendlyWelcome = "Hello!"
friendlyWelcome = "Bonjour!"
print("friendlyWelcome is now \"\(friendlyWelcome)\"")
print("@@listing-end 3@@")
print(friendlyWelcome)
print("@@listing-end 4@@")
print("The current value of friendlyWelcome is \(friendlyWelcome)")
print("@@listing-end 5@@")
