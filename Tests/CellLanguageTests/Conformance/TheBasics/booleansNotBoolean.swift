let i = 1
if i {
   // this example will not compile, and will report an error
}
!$ error: type 'Int' cannot be used as a boolean; test for '!= 0' instead
print("@@listing-end 1@@")
