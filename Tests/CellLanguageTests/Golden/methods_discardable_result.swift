// `@discardableResult` on functions and methods: the result may be ignored or used.
struct LevelTracker {
    static var highest = 1
    var current = 1

    @discardableResult
    mutating func advance(to level: Int) -> Bool {
        if level <= LevelTracker.highest {
            current = level
            return true
        }
        return false
    }
}

@discardableResult
func log(_ message: String) -> Int {
    print(message)
    return message.count
}

var tracker = LevelTracker()
tracker.advance(to: 1)
LevelTracker.highest = 5
print(tracker.advance(to: 4), tracker.current)
log("ignored")
print(log("used"))
