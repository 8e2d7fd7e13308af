for i in -5...0 {
   print(i % 4)
}
print("@@listing-end 1@@")
