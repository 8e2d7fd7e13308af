class C { lazy let x = 0 }
print("@@listing-end 1@@")
