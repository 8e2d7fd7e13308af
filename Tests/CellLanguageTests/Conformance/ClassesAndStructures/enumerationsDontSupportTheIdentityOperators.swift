enum E { case a, b }
let e1 = E.a
let e2 = E.b
if e1 === e2 { print("e1 === e2") } else { print("e1 !== e2") }
print("@@listing-end 1@@")
