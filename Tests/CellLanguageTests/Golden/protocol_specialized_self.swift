// A specialized protocol-extension copy reads `self` unwrapped from a hidden slot its caller fills (see
// Compiler+ProtocolSpecialization): requirement calls in nested scopes (loops, conditions, `guard`), recursion
// through other values of the protocol's type (each frame has its own unwrapped `self`), a class whose state
// changes between calls, a struct copied into the existential before its original changes, and an extension
// method with a closure (the shared version).
protocol Node {
    var weight: Int { get }
    var next: (any Node)? { get }
    func visit(_ depth: Int) -> String
}

extension Node {
    func total() -> Int {
        var sum = 0
        for step in 1...3 {
            if step % 2 == 1 {
                sum += weight * step
            } else {
                guard weight > 0 else { continue }
                sum -= weight
            }
        }
        if let rest = next {
            sum += rest.total()
        }
        return sum
    }
    func trail() -> String {
        var text = visit(0)
        var level = 1
        while level < 3 {
            text += "," + visit(level)
            level += 1
        }
        if let rest = next { text += " > " + rest.trail() }
        return text
    }
    func doubled() -> [Int] {
        return [1, 2].map { $0 * weight }
    }
}

struct Leaf: Node {
    var weight: Int
    var next: (any Node)? { return nil }
    func visit(_ depth: Int) -> String { return "leaf\(weight)@\(depth)" }
}

final class Link: Node {
    var weight: Int
    let rest: any Node
    init(weight: Int, rest: any Node) {
        self.weight = weight
        self.rest = rest
    }
    var next: (any Node)? { return rest }
    func visit(_ depth: Int) -> String { return "link\(weight)@\(depth)" }
}

enum Marker: Node {
    case stop, go(Int)
    var weight: Int {
        switch self {
        case .stop: return 0
        case .go(let amount): return amount
        }
    }
    var next: (any Node)? { return nil }
    func visit(_ depth: Int) -> String { return "marker\(weight)@\(depth)" }
}

var leaf = Leaf(weight: 4)
let link = Link(weight: 2, rest: Link(weight: 3, rest: leaf))
let nodes: [any Node] = [leaf, link, Marker.stop, Marker.go(5), Link(weight: 1, rest: Marker.go(7))]
leaf.weight = 100
for round in 0..<2 {
    for node in nodes {
        print(round, node.total(), node.trail(), node.doubled())
    }
    link.weight += 10
}
print(leaf.total(), leaf.trail())
