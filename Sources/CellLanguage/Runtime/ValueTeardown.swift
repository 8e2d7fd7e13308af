import Foundation

/// Releases values without recursing on their depth: a 300,000-node linked list of class instances or a
/// 100,000-deep nested value would otherwise be freed by nested deinitialisers, one native stack frame per level,
/// and overflow the stack of whichever thread drops the last reference (at the end of a run, the main thread).
///
/// Values to release go on a per-thread work list. The first release on a thread drains it: each value's nested
/// values (array, tuple and payload elements, dictionary and set entries) are moved onto the list before the value is
/// dropped, and an object freed meanwhile only adds its fields to the list (`ObjectBox.deinit` calls `release`), so the native stack
/// never holds more than one level.
enum ValueTeardown {
    /// Releases `values` (left empty), taking apart whatever they hold iteratively.
    static func release(_ values: inout [Value]) {
        enqueue(&values)
    }

    /// Moves `values` onto the thread's work list (the caller keeps no reference) and drains it unless a drain
    /// further up the stack already does.
    private static func enqueue(_ values: inout [Value]) {
        let queue = WorkList.current
        var taken: [Value] = []
        swap(&taken, &values)
        for value in taken where value.mayNest { queue.items.append(value) }
        taken = []
        // A release inside a drain (an object freed by it) only adds to the list.
        if queue.draining { return }
        queue.draining = true
        defer { queue.draining = false }
        while let value = queue.items.popLast() {
            var children: [Value] = []
            collectChildren(value, into: &children)
            queue.items.append(contentsOf: children)
            // `value` is dropped here, outside any access to the list: its children are still referenced by the
            // list, and an object it frees only appends its fields.
        }
    }

    /// The nested values of `value` that may nest further (an object's fields are handled by its deinit).
    private static func collectChildren(_ value: Value, into children: inout [Value]) {
        switch value {
        case .array(let elements), .tuple(let elements), .variant(_, let elements):
            for element in elements where element.mayNest { children.append(element) }
        case .dictionary(let storage), .set(let storage):
            for key in storage.keys where key.mayNest { children.append(key) }
            for element in storage.values where element.mayNest { children.append(element) }
        default:
            break
        }
    }

    /// One thread's work list.
    private final class WorkList {
        var items: [Value] = []
        var draining = false

        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { pointer in
                if let pointer { Unmanaged<WorkList>.fromOpaque(pointer).release() }
            }
            return key
        }()

        /// The calling thread's list.
        static var current: WorkList {
            if let pointer = pthread_getspecific(key) {
                return Unmanaged<WorkList>.fromOpaque(pointer).takeUnretainedValue()
            }
            let list = WorkList()
            pthread_setspecific(key, Unmanaged.passRetained(list).toOpaque())
            return list
        }
    }
}

extension Value {
    /// Whether the value can hold other values (and so form deep chains).
    var mayNest: Bool {
        switch self {
        case .array(let elements), .tuple(let elements), .variant(_, let elements): return !elements.isEmpty
        case .dictionary, .set, .object: return true
        default: return false
        }
    }
}
