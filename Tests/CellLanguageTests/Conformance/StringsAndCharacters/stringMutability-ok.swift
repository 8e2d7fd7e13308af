var variableString = "Horse"
variableString += " and carriage"
print("variableString is now \"\(variableString)\"")
print("@@listing-end 1@@")
