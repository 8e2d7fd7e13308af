// Initializers that set every stored property on every path: branches, switches, loops that run at least once,
// `guard` with `return nil` in a failable initializer, `throw`, a trap, `self = …`, delegation, and subclasses that
// call `super.init` (explicitly, or implicitly at the end).

enum Shape { case square, wide, tall }

struct Box {
    var width: Int
    var height: Int
    let label: String
    var note: String?
    var tags: [String] = []

    init(shape: Shape, size: Int) {
        switch shape {
        case .square:
            width = size
            height = size
        case .wide:
            width = size * 2
            height = size
        case .tall:
            (width, height) = (size, size * 2)
        }
        label = "\(shape)"
        tags.append(label)
    }

    init?(text: String) {
        guard let number = Int(text) else { return nil }
        if number < 0 {
            return nil
        }
        width = number
        height = number
        label = text
        note = "parsed"
    }

    init(copying other: Box, label: String) {
        self = other
        self.note = label
    }

    init(side: Int) {
        self.init(shape: .square, size: side)
    }

    init(repeating count: Int) {
        var total = 0
        repeat {
            total += count
        } while total < 10
        width = total
        height = count
        label = count > 2 ? "many" : "few"
        note = describe()
    }

    func describe() -> String { "\(width)x\(height) \(label)" }
}

enum ParseError: Error { case empty }

struct Token {
    let text: String
    let length: Int

    init(_ text: String) throws {
        if text.isEmpty { throw ParseError.empty }
        self.text = text
        length = text.count
    }

    init(checked text: String) {
        guard !text.isEmpty else { fatalError("empty token") }
        self.text = text
        self.length = text.count
    }
}

extension Token {
    init(number: Int) {
        text = String(number)
        length = text.count
    }
}

class Animal {
    let name: String
    var legs: Int

    init(name: String, legs: Int) {
        self.name = name
        self.legs = legs
    }

    func summary() -> String { "\(name) has \(legs) legs" }
}

class Bird: Animal {
    var canFly: Bool

    init(name: String, canFly: Bool) {
        if canFly {
            self.canFly = true
        } else {
            self.canFly = false
        }
        super.init(name: name, legs: 2)
        legs = 2
    }

    override func summary() -> String { super.summary() + (canFly ? " and flies" : "") }
}

class Counter {
    var count = 0
    init() {}
}

class StepCounter: Counter {
    let step: Int

    init(step: Int) {
        self.step = step
    }
}

let boxes = [Box(shape: .square, size: 2), Box(shape: .wide, size: 3), Box(shape: .tall, size: 1)]
for box in boxes { print(box.describe(), box.tags) }
print(Box(text: "4")?.describe() ?? "none", Box(text: "x") == nil, Box(text: "-1") == nil)
print(Box(copying: boxes[0], label: "copy").note ?? "")
print(Box(side: 5).describe(), Box(repeating: 3).note ?? "")
print((try? Token(""))?.length ?? -1, try! Token("abc").length, Token(checked: "hello").length, Token(number: 1234).text)
let bird = Bird(name: "robin", canFly: true)
print(bird.summary(), Bird(name: "kiwi", canFly: false).summary())
let counter = StepCounter(step: 3)
print(counter.count, counter.step)
