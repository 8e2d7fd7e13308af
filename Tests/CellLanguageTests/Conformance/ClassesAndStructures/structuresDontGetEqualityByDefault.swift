struct S { var x = 0, y = 0 }
let s1 = S()
let s2 = S()
if s1 == s2 { print("s1 == s2") } else { print("s1 != s2") }
print("@@listing-end 1@@")
