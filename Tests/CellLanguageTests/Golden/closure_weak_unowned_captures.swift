// `weak` and `unowned` capture lists: the closure does not keep the object alive, so deinit runs when Swift's does.
class HTMLElement {
    let name: String
    let text: String?
    lazy var asHTML: () -> String = {
        [unowned self] in
        if let text = self.text {
            return "<\(self.name)>\(text)</\(self.name)>"
        } else {
            return "<\(self.name) />"
        }
    }
    init(name: String, text: String? = nil) {
        self.name = name
        self.text = text
    }
    deinit {
        print("\(name) is being deinitialized")
    }
}
var paragraph: HTMLElement? = HTMLElement(name: "p", text: "hello, world")
print(paragraph!.asHTML())
paragraph = nil
print("after paragraph")

class Counter {
    var count = 0
    var onChange: (() -> Void)?
    let label: String
    init(label: String) { self.label = label }
    func start() {
        let step = 2
        onChange = { [weak self] in
            guard let counter = self else { print("gone"); return }
            counter.count += step
            print(counter.label, counter.count)
        }
    }
    deinit { print("Counter \(label) freed") }
}
var counter: Counter? = Counter(label: "a")
counter!.start()
counter!.onChange!()
counter!.onChange!()
let kept = counter!.onChange!
counter = nil
kept()
print("after counter")

// A weak capture at the top level: the closure alone does not keep the object.
var element: HTMLElement? = HTMLElement(name: "h1")
let describe = { [weak element] in print(element?.name ?? "nil") }
describe()
element = nil
describe()

// An unowned capture of a local constant, and a weak one holding an optional.
func makeGreeter() -> () -> String {
    let owner = HTMLElement(name: "div", text: "hi")
    let greet = { [unowned owner] in owner.text ?? "" }
    print(greet())
    return { [weak owner] in owner?.name ?? "owner gone" }
}
let greeter = makeGreeter()
print(greeter())
print("end")
