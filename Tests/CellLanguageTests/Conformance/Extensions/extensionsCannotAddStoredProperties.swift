class C {}
extension C { var x = 0 }
print("@@listing-end 1@@")
