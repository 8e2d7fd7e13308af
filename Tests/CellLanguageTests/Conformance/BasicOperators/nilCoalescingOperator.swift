let defaultColorName = "red"
var userDefinedColorName: String?   // defaults to nil

var colorNameToUse = userDefinedColorName ?? defaultColorName
print("userDefinedColorName is nil, so colorNameToUse is set to the default of \"\(colorNameToUse)\"")
print("@@listing-end 1@@")
userDefinedColorName = "green"
colorNameToUse = userDefinedColorName ?? defaultColorName
print("userDefinedColorName isn't nil, so colorNameToUse is set to \"\(colorNameToUse)\"")
print("@@listing-end 2@@")
