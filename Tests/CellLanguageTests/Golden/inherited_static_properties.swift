// Static stored properties a subclass inherits: read and written through the subclass, one storage for the class
// and its subclasses.
class Counter {
    static var count = 0
    static let label = "counter"
    static var history: [Int] = []
    init() {
        Counter.count += 1
        Counter.history.append(Counter.count)
    }
}
class Clicker: Counter {}
final class FastClicker: Clicker {
    func report() -> String { "\(Clicker.label) \(FastClicker.count)" }
}
_ = Clicker()
_ = FastClicker()
print(Clicker.count, FastClicker.count, Counter.count, FastClicker.label)
Clicker.count += 10
FastClicker.history.append(99)
print(Counter.count, Counter.history, FastClicker().report())
