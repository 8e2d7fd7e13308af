// An enum with Double raw values: a case without one follows an integer literal (or starts at 0), as swiftc
// infers it.
enum Level: Double { case low, high }
print(Level.low.rawValue, Level.high.rawValue, Level(rawValue: 1.0) == .high, Level(rawValue: 1.5) == nil)
enum Step: Double { case start = 2, next, far = 10.5 }
print(Step.start.rawValue, Step.next.rawValue, Step.far.rawValue, Step(rawValue: 3)!)
