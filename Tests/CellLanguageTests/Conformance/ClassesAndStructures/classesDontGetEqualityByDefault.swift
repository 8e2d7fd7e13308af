class C { var x = 0, y = 0 }
let c1 = C()
let c2 = C()
if c1 == c2 { print("c1 == c2") } else { print("c1 != c2") }
print("@@listing-end 1@@")
