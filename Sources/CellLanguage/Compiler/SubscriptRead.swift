import Diagnostics

/// Where an array variable's slot is, for `SubscriptRead`.
enum SlotSource {
    /// This value slot of the frame the code runs in.
    case local(Int)
    /// Found by a closure (a variable of an enclosing function or of the globals).
    case found((Frame) -> UnsafeMutablePointer<Value>)
}

/// Code for `a[i]` and `a[i][k]` read in place (`InPlaceRead`), specialised so a local array and local or
/// constant indices are read inside the one closure: `a[i][k] * b[k][j]` then costs three closure calls, not nine.
enum SubscriptRead {
    /// `array[position]` with elements of type `element`.
    static func element(_ element: CType, array: SlotSource, _ position: Typed, at location: SourceLocation) -> Typed {
        switch (array, position.operand) {
        case (.local(let slot), .local(let index)?):
            var read = typed(element, LocalSlot(slot: slot), LocalInt(slot: index), location)
            read.recipe = .element(array: slot, index: index, location: location)
            return read
        case (.local(let slot), .constant(let index)?):
            return typed(element, LocalSlot(slot: slot), ConstantInt(value: index), location)
        case (.local(let slot), nil):
            return typed(element, LocalSlot(slot: slot), ComputedInt(code: position.int), location)
        case (.found(let find), _):
            return typed(element, FoundSlot(find: find), ComputedInt(code: position.int), location)
        }
    }

    /// `array[row][column]` with elements of type `element`; `outer` is the position of `array[row]`.
    static func element(_ element: CType, array: SlotSource, _ row: Typed, _ column: Typed, outer: SourceLocation,
                        at location: SourceLocation) -> Typed {
        switch (array, row.operand, column.operand) {
        case (.local(let slot), .local(let r)?, .local(let c)?):
            var read = typed(element, LocalSlot(slot: slot), LocalInt(slot: r), LocalInt(slot: c), outer, location)
            read.recipe = .nestedElement(array: slot, row: r, column: c, outer: outer, location: location)
            return read
        case (.local(let slot), _, _):
            return typed(element, LocalSlot(slot: slot), ComputedInt(code: row.int), ComputedInt(code: column.int),
                         outer, location)
        case (.found(let find), _, _):
            return typed(element, FoundSlot(find: find), ComputedInt(code: row.int), ComputedInt(code: column.int),
                         outer, location)
        }
    }

    @inline(__always)
    private static func typed<A: ArraySlot, I: IntSource>(_ element: CType, _ array: A, _ index: I,
                                                          _ location: SourceLocation) -> Typed {
        // One closure per representation, so the projection inlines and the element is never copied.
        switch element {
        case .int:
            return Typed(type: element, code: .int { frame in
                try InPlaceRead.element(array.get(frame), try index.get(frame), location) { $0.intValue }
            })
        case .double:
            return Typed(type: element, code: .double { frame in
                try InPlaceRead.element(array.get(frame), try index.get(frame), location) { $0.doubleValue }
            })
        case .bool:
            return Typed(type: element, code: .bool { frame in
                try InPlaceRead.element(array.get(frame), try index.get(frame), location) { $0.boolValue }
            })
        default:
            return Typed(type: element, code: .value { frame in
                try InPlaceRead.element(array.get(frame), try index.get(frame), location) { copy $0 }
            })
        }
    }

    @inline(__always)
    private static func typed<A: ArraySlot, R: IntSource, C: IntSource>(
        _ element: CType, _ array: A, _ row: R, _ column: C, _ outer: SourceLocation, _ location: SourceLocation) -> Typed {
        switch element {
        case .int:
            return Typed(type: element, code: .int { frame in
                try InPlaceRead.element(array.get(frame), try row.get(frame), try column.get(frame), outer, location) {
                    $0.intValue
                }
            })
        case .double:
            return Typed(type: element, code: .double { frame in
                try InPlaceRead.element(array.get(frame), try row.get(frame), try column.get(frame), outer, location) {
                    $0.doubleValue
                }
            })
        case .bool:
            return Typed(type: element, code: .bool { frame in
                try InPlaceRead.element(array.get(frame), try row.get(frame), try column.get(frame), outer, location) {
                    $0.boolValue
                }
            })
        default:
            return Typed(type: element, code: .value { frame in
                try InPlaceRead.element(array.get(frame), try row.get(frame), try column.get(frame), outer, location) {
                    copy $0
                }
            })
        }
    }
}

/// The slot of an array variable, as a source for `SubscriptRead`.
protocol ArraySlot {
    func get(_ frame: Frame) -> UnsafeMutablePointer<Value>
}

struct LocalSlot: ArraySlot {
    let slot: Int
    @inline(__always) func get(_ frame: Frame) -> UnsafeMutablePointer<Value> { frame.values + slot }
}

struct FoundSlot: ArraySlot {
    let find: (Frame) -> UnsafeMutablePointer<Value>
    @inline(__always) func get(_ frame: Frame) -> UnsafeMutablePointer<Value> { find(frame) }
}
