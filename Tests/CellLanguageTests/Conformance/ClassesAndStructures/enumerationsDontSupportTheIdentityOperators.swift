enum E { case a, b }
let e1 = E.a
let e2 = E.b
if e1 === e2 { print("e1 === e2") } else { print("e1 !== e2") }
!$ error: argument type 'E' expected to be an instance of a class or class-constrained type
!$ error: argument type 'E' expected to be an instance of a class or class-constrained type
print("@@listing-end 1@@")
