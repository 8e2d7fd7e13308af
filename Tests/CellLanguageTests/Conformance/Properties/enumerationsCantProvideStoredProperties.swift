enum E { case a, b; var x = 0 }
!$ error: enums must not contain stored properties
print("@@listing-end 1@@")
