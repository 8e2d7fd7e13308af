class C {}
extension C { var x = 0 }
!$ error: extensions must not contain stored properties
print("@@listing-end 1@@")
