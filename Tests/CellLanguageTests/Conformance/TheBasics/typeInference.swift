let meaningOfLife = 42
// meaningOfLife is inferred to be of type Int
print(type(of: meaningOfLife))
print("@@listing-end 1@@")
let pi = 3.14159
// pi is inferred to be of type Double
print(type(of: pi))
print("@@listing-end 2@@")
let anotherPi = 3 + 0.14159
// anotherPi is also inferred to be of type Double
print(type(of: anotherPi))
print("@@listing-end 3@@")
