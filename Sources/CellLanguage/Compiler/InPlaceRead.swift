import Diagnostics

/// Reads of array elements and struct fields straight from a variable's slot, without copying (retaining) the
/// array, its rows or the struct.
///
/// `a[i]`, `a[i][k]` and `p.x` on a variable are the hot reads of numeric loops; going through the generic value
/// path costs several reference-count operations per read. Here the container is moved out of its slot for the
/// duration of the read and moved back (a move costs no reference counting), and the element is lent to
/// `project` the same way. `project` must not touch the variable being read (it is empty during the read).
enum InPlaceRead {
    /// `project(slot[i])` for an array stored at `slot`.
    @inline(__always)
    static func element<T>(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ location: SourceLocation,
                           _ project: (borrowing Value) -> T) throws -> T {
        try withElement(slot, i, location) { lend($0, project) }
    }

    /// `project(slot[i].field)` (a stored property by index) for an array of structs stored at `slot`.
    @inline(__always)
    static func elementField<T>(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ field: Int, _ location: SourceLocation,
                                _ project: (borrowing Value) -> T) throws -> T {
        try withElement(slot, i, location) { InPlaceRead.field(UnsafeMutablePointer(mutating: $0), field, project) }
    }

    /// `body(pointer to slot[i])` for an array stored at `slot`, the array moved out of its slot meanwhile.
    @inline(__always)
    private static func withElement<T>(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ location: SourceLocation,
                                       _ body: (UnsafePointer<Value>) throws -> T) throws -> T {
        guard case .array = slot.pointee else {
            ExclusiveAccess.note(slot.pointee)
            throw RuntimeError(message: "Index out of range", location: location)
        }
        let taken = slot.move()
        guard case .array(let elements) = consume taken else {
            slot.initialize(to: .void)   // unreachable: the tag was just tested
            throw RuntimeError(message: "Index out of range", location: location)
        }
        defer { slot.initialize(to: .array(elements)) }
        guard i >= 0 && i < elements.count else {
            throw RuntimeError(message: "Index out of range", location: location)
        }
        return try elements.withUnsafeBufferPointer { try body($0.baseAddress.unsafelyUnwrapped + i) }
    }

    /// `project(slot[i][k])` for an array of arrays stored at `slot`; `outer` is the position of `slot[i]`.
    @inline(__always)
    static func element<T>(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ k: Int, _ outer: SourceLocation,
                           _ location: SourceLocation, _ project: (borrowing Value) -> T) throws -> T {
        try withElement(slot, i, outer) { row in
            try element(UnsafeMutablePointer(mutating: row), k, location, project)
        }
    }

    /// `project(field index)` of a struct stored at `slot`.
    @inline(__always)
    static func field<T>(_ slot: UnsafeMutablePointer<Value>, _ index: Int, _ project: (borrowing Value) -> T) -> T {
        guard case .tuple = slot.pointee else { return project(.void) }
        let taken = slot.move()
        guard case .tuple(let fields) = consume taken else {
            slot.initialize(to: .void)
            return project(.void)
        }
        guard index < fields.count else {
            slot.initialize(to: .tuple(fields))
            return project(.void)
        }
        defer { slot.initialize(to: .tuple(fields)) }
        return fields.withUnsafeBufferPointer { lend($0.baseAddress.unsafelyUnwrapped + index, project) }
    }

    /// `project(field index)` of a class instance stored at `slot`, the reference moved out of the slot and back
    /// (so the instance is not retained).
    @inline(__always)
    static func objectField<T>(_ slot: UnsafeMutablePointer<Value>, _ index: Int, _ project: (borrowing Value) -> T) -> T {
        guard case .object = slot.pointee else { return project(.void) }
        let taken = slot.move()
        guard case .object(let box) = consume taken else {
            slot.initialize(to: .void)
            return project(.void)
        }
        defer { slot.initialize(to: .object(box)) }
        guard index < box.fieldCount else { return project(.void) }
        return lend(box.fields + index, project)
    }

    /// `project(pointer.pointee)`, with the value moved out for the call and back after it: passing a value that
    /// stays in memory to a closure the optimiser cannot see would copy (retain) it first.
    @inline(__always)
    private static func lend<T>(_ pointer: UnsafePointer<Value>, _ project: (borrowing Value) -> T) -> T {
        let place = UnsafeMutablePointer(mutating: pointer)
        let value = place.move()
        defer { place.initialize(to: value) }
        return project(value)
    }
}
