let string1 = "hello"
let string2 = " there"
var welcome = string1 + string2
print("welcome now equals \"\(welcome)\"")
print("@@listing-end 1@@")
var instruction = "look over"
instruction += string2
print("instruction now equals \"\(instruction)\"")
print("@@listing-end 2@@")
let exclamationMark: Character = "!"
welcome.append(exclamationMark)
print("welcome now equals \"\(welcome)\"")
print("@@listing-end 3@@")
