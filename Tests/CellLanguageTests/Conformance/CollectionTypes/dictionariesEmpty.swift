var namesOfIntegers: [Int: String] = [:]
// namesOfIntegers is an empty [Int: String] dictionary
print("@@listing-end 1@@")
namesOfIntegers[16] = "sixteen"
print("namesOfIntegers now contains \(namesOfIntegers.count) key-value pair")
namesOfIntegers = [:]
// namesOfIntegers is once again an empty dictionary of type [Int: String]
print("@@listing-end 2@@")
