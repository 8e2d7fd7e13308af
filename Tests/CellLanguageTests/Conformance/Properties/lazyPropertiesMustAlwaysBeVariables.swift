class C { lazy let x = 0 }
!$ error: 'lazy' cannot be used on a let
print("@@listing-end 1@@")
