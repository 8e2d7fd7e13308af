if x = y {
   // This isn't valid, because x = y doesn't return a value.
}
print("@@listing-end 1@@")
