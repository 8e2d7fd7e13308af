var completionHandlers: [() -> Void] = []
func someFunctionWithEscapingClosure(completionHandler: @escaping () -> Void) {
    completionHandlers.append(completionHandler)
}
print("@@listing-end 1@@")
func someFunctionWithNonescapingClosure(closure: () -> Void) {
    closure()
}

class SomeClass {
    var x = 10
    func doSomething() {
        someFunctionWithEscapingClosure { self.x = 100 }
        someFunctionWithNonescapingClosure { x = 200 }
    }
}

let instance = SomeClass()
instance.doSomething()
print(instance.x)

completionHandlers.first?()
print(instance.x)
print("@@listing-end 2@@")
class SomeOtherClass {
    var x = 10
    func doSomething() {
        someFunctionWithEscapingClosure { [self] in x = 100 }
        someFunctionWithNonescapingClosure { x = 200 }
    }
}
completionHandlers = []
let instance2 = SomeOtherClass()
instance2.doSomething()
print(instance2.x)
completionHandlers.first?()
print(instance2.x)
print("@@listing-end 3@@")
// Test the non-error portion of struct-capture-mutable-self
struct SomeStruct {
    var x = 10
    mutating func doSomething() {
        someFunctionWithNonescapingClosure { x = 200 }
    }
}

completionHandlers = []
var instance3 = SomeStruct()
instance3.doSomething()
print(instance3.x)
print("@@listing-end 4@@")
struct S {
    var x = 10
    func doSomething() {
        someFunctionWithEscapingClosure { print(x) }  // OK
    }
}

completionHandlers = []
var s = S()
s.doSomething()
s.x = 99  // No effect on self.x already captured -- S is a value type
completionHandlers.first?()
print("@@listing-end 5@@")
