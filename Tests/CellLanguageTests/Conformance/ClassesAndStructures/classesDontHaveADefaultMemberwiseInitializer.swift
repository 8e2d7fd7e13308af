class C { var x = 0, y = 0 }
let c = C(x: 1, y: 1)
!$ error: argument passed to call that takes no arguments
print("@@listing-end 1@@")
