if x = y {
   // This isn't valid, because x = y doesn't return a value.
}
!$ error: cannot find 'x' in scope
!$ error: cannot find 'y' in scope
print("@@listing-end 1@@")
