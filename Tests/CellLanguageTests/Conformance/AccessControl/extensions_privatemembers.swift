protocol SomeProtocol {
    func doSomething()
}
print("@@listing-end 1@@")
struct SomeStruct {
    private var privateVariable = 12
}

extension SomeStruct: SomeProtocol {
    func doSomething() {
        print(privateVariable)
    }
}
let s = SomeStruct()
s.doSomething()
print("@@listing-end 2@@")
