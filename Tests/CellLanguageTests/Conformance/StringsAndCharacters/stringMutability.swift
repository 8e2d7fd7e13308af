var variableString = "Horse"
variableString += " and carriage"
// variableString is now "Horse and carriage"

let constantString = "Highlander"
constantString += " and another Highlander"
!$ error: left side of mutating operator isn't mutable: 'constantString' is a 'let' constant
!$ note: change 'let' to 'var' to make it mutable
// this reports a compile-time error - a constant string cannot be modified
print("@@listing-end 1@@")
