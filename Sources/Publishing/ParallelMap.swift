import Foundation

/// Runs independent jobs on all cores and returns their results in input order.
enum ParallelMap {
    /// `transform` applied to every element, concurrently; the order of the results matches `elements`.
    static func map<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                        _ transform: @Sendable (Element) -> Result) -> [Result] {
        let box = ResultsBox<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            box.set(index, transform(elements[index]))
        }
        return box.values()
    }
}

/// A lock-protected results array for `ParallelMap`.
private final class ResultsBox<Result>: @unchecked Sendable {
    private var storage: [Result?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
