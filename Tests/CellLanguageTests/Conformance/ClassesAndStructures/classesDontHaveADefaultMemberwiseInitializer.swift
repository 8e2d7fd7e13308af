class C { var x = 0, y = 0 }
let c = C(x: 1, y: 1)
print("@@listing-end 1@@")
