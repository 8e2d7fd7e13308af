func sayHelloWorld() -> String {
   return "hello, world"
}
print(sayHelloWorld())
print("@@listing-end 1@@")
