enum E { case a, b; var x = 0 }
print("@@listing-end 1@@")
