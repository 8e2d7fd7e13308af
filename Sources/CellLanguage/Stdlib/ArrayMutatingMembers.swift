import Diagnostics

/// The mutating methods of `[Element]`: arguments are evaluated first (they may read the array), then the array is
/// changed in place, never copied.
enum ArrayMutatingMembers {
    static let members: [StdlibMember] = [
        .mutating("mutating func append(_ newElement: Element)", "Adds `newElement` at the end.", append),
        .mutating("mutating func append(contentsOf newElements: [Element])", "Adds the elements of `newElements` at the end.") { site in
            let location = site.location
            return mutate(site, .void, [site.sequenceArgument(0)]) { values, elements in
                let more = values[0].arrayValue
                try AllocationLimit.checkGrowth(from: elements.count, to: elements.count &+ more.count, at: location)
                elements.append(contentsOf: more)
                return .void
            }
        },
        .mutating("mutating func insert(_ newElement: Element, at i: Int)", "Inserts `newElement` before position `i`.") { site in
            let location = site.location
            return mutate(site, .void, [site.argument(0, as: site.element), index(site, 1)]) { values, elements in
                let i = values[1].intValue
                guard i >= 0 && i <= elements.count else {
                    throw RuntimeError(message: "Array index is out of range", location: location)
                }
                elements.insert(values[0], at: i)
                return .void
            }
        },
        .mutating("mutating func remove(at i: Int) -> Element", "Removes and returns the element at `i`.") { site in
            let location = site.location
            return mutate(site, site.element, [index(site, 0)]) { values, elements in
                let i = values[0].intValue
                guard i >= 0 && i < elements.count else { throw RuntimeError(message: "Index out of range", location: location) }
                return elements.remove(at: i)
            }
        },
        .mutating("mutating func removeLast() -> Element", "Removes and returns the last element (an error when empty).") { site in
            let location = site.location
            return mutate(site, site.element, []) { _, elements in
                guard !elements.isEmpty else { throw emptyError("remove last element", location) }
                return elements.removeLast()
            }
        },
        .mutating("mutating func removeFirst() -> Element", "Removes and returns the first element (an error when empty).") { site in
            let location = site.location
            return mutate(site, site.element, []) { _, elements in
                guard !elements.isEmpty else { throw emptyError("remove first element", location) }
                return elements.removeFirst()
            }
        },
        .mutating("mutating func popLast() -> Element?", "Removes and returns the last element, or nil when empty.") { site in
            mutate(site, .optional(site.element), []) { _, elements in elements.popLast() ?? .none }
        },
        .mutating("mutating func removeAll()", "Removes every element.") { site in
            mutate(site, .void, []) { _, elements in
                elements.removeAll()
                return .void
            }
        },
        .mutating("mutating func removeAll(where shouldBeRemoved: (Element) -> Bool)", "Removes the elements satisfying the predicate.") { site in
            mutateExclusively(site, [site.compiler.compileFunctionArgument(site.arguments[0], [site.element], .bool)]) {
                values, elements in
                guard case .function(let function) = values[0] else { return }
                try elements.removeAll { try function.call($0).boolValue }
            }
        },
        .mutating("mutating func swapAt(_ i: Int, _ j: Int)", "Exchanges the elements at `i` and `j`.") { site in
            let location = site.location
            return mutate(site, .void, [index(site, 0), index(site, 1)]) { values, elements in
                let a = values[0].intValue, b = values[1].intValue
                guard a >= 0 && a < elements.count && b >= 0 && b < elements.count else {
                    throw RuntimeError(message: "Index out of range", location: location)
                }
                elements.swapAt(a, b)
                return .void
            }
        },
        .mutating("mutating func reverse()", "Reverses the elements in place.") { site in
            mutate(site, .void, []) { _, elements in
                elements.reverse()
                return .void
            }
        },
        .mutating("mutating func sort() where Element: Comparable", "Sorts in increasing order, in place (Comparable elements).") { site in
            let element = site.element, location = site.location
            guard let less = site.compiler.lessThan(element, at: location) else { return .invalid }
            if case .user = element {
                // A declared `<` is user code.
                return mutateExclusively(site, []) { _, elements in try sortThrowing(&elements, at: location, by: less) }
            }
            return mutate(site, .void, []) { _, elements in
                if try !NativeSort.sort(&elements, element, at: location) { try sortThrowing(&elements, at: location, by: less) }
                return .void
            }
        },
        .mutating("mutating func sort(by areInIncreasingOrder: (Element, Element) -> Bool)",
                     "Sorts by `areInIncreasingOrder`, in place.") { site in
            let location = site.location
            return mutateExclusively(site, [site.compiler.compileFunctionArgument(site.arguments[0], [site.element, site.element], .bool)]) {
                values, elements in
                guard case .function(let function) = values[0] else { return }
                try sortThrowing(&elements, at: location) { try function.call($0, $1).boolValue }
            }
        },
    ]

    /// The hottest mutation: no argument array, and straight on the slot when the array is a variable.
    @Sendable static func append(_ site: PlaceSite) -> Typed? {
        guard let place = site.place() else { return .invalid }
        let value = site.argument(0, as: site.element)
        if let slot = site.compiler.variableSlot(site.base) {
            return Typed(type: .void, code: .void { frame in
                let appended = try value(frame)
                slot(frame).pointee.updateArray { $0.append(appended) }
            })
        }
        if let (slot, index) = place.field {
            // `items.append(x)` in a mutating method: the property of the variable's struct, without `modify`.
            return Typed(type: .void, code: .void { frame in
                let appended = try value(frame)
                frame.values[slot].updateTuple { fields in
                    if index < fields.count { fields[index].updateArray { $0.append(appended) } }
                }
            })
        }
        let modify = place.modify
        return Typed(type: .void, code: .void { frame in
            let appended = try value(frame)
            try modify(frame) { stored in
                guard case .array(var elements) = stored else { return ExclusiveAccess.note(stored) }
                stored = .void
                elements.append(appended)
                stored = .array(elements)
            }
            return
        })
    }

    /// Code that evaluates `inputs`, then runs `body` on the array stored at the site's place, in place.
    /// The place is compiled before the arguments, as the receiver comes first in the source.
    static func mutate(_ site: PlaceSite, _ type: CType, _ compileInputs: @autoclosure () -> [(Frame) throws -> Value],
                       _ body: @escaping ([Value], inout [Value]) throws -> Value) -> Typed {
        guard let place = site.place() else { return .invalid }
        let modify = place.modify
        let inputs = compileInputs()
        if let (slot, index) = place.field {
            // A property of a struct variable of the current frame (`items.popLast()` in a mutating method).
            return Typed.fromValue(type) { frame in
                var values: [Value] = []
                for input in inputs { values.append(try input(frame)) }
                var result = Value.void
                try frame.values[slot].updateTuple { fields in
                    if index < fields.count { try fields[index].updateArray { result = try body(values, &$0) } }
                }
                return result
            }
        }
        return Typed.fromValue(type) { frame in
            var values: [Value] = []
            for input in inputs { values.append(try input(frame)) }
            var result = Value.void
            try modify(frame) { stored in
                guard case .array(var elements) = stored else { return ExclusiveAccess.note(stored) }
                stored = .void
                defer { stored = .array(elements) }
                result = try body(values, &elements)
            }
            return result
        }
    }

    /// `mutate` for methods that run user code on the array: touching it meanwhile is an error (`ExclusiveAccess`).
    static func mutateExclusively(_ site: PlaceSite, _ compileInputs: @autoclosure () -> [(Frame) throws -> Value],
                                  _ body: @escaping ([Value], inout [Value]) throws -> Void) -> Typed {
        guard let place = site.place() else { return .invalid }
        let modify = place.modify, location = site.location
        let inputs = compileInputs()
        let operation = site.name + "(" + site.arguments.map { ($0.label ?? "_") + ":" }.joined() + ")"
        return Typed(type: .void, code: .void { frame in
            var values: [Value] = []
            for input in inputs { values.append(try input(frame)) }
            try modify(frame) { stored in
                try ExclusiveAccess.modifyArray(&stored, operation: operation, at: location) { try body(values, &$0) }
            }
        })
    }

    static func index(_ site: PlaceSite, _ position: Int) -> (Frame) throws -> Value {
        let code = site.compiler.intArgument(site.arguments[position])
        return { .int(try code($0)) }
    }

    static func emptyError(_ what: String, _ location: SourceLocation) -> RuntimeError {
        RuntimeError(message: "Can't \(what) from an empty collection", location: location)
    }
}
