struct Fahrenheit {
   var temperature = 32.0
}
print("@@listing-end 1@@")
