class Test {
init() {
   // perform some initialization here
}
}
print("@@listing-end 1@@")
