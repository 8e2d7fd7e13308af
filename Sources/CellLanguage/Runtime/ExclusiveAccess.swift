import Diagnostics

/// Swift's exclusivity rule for the mutating collection methods that run user code (`sort(by:)`, `sort()` with a
/// declared `<`, `removeAll(where:)`): while they modify an array, the closure must neither read nor change it.
/// Swift traps on such a program; nbrun stops the cell with an error at the call.
///
/// The array is moved out of its place for the duration and an `AccessMarker` stands in for it. Reading the
/// variable from the closure (`let copy = xs`, `print(xs)`, `xs.count`) meets the marker and throws at once
/// (`checkRead`, on reads of array variables from an inner function or closure only), and so does reading a struct
/// variable whose field is the array (it is moved out meanwhile, `checkMovedOut`). Other paths that find the
/// marker where an array was expected — an in-place change (`updateArray`, another mutating method), a property
/// of an object, a copy used later — flag it, and so does replacing it; after the method the flag turns into the
/// error, and whatever the cell printed since the first flag is taken back (Swift would have trapped before).
/// The checks sit on paths where a value is not the array the compiler expected, so ordinary reads and writes pay
/// nothing.
enum ExclusiveAccess {
    /// Runs `body` on the array stored at `stored` (moved out meanwhile); throws when user code run by `body`
    /// accessed the place. `operation` names the method in the message (`sort(by:)`).
    static func modifyArray(_ stored: inout Value, operation: String, at location: SourceLocation,
                            _ body: (inout [Value]) throws -> Void) throws {
        guard case .array = stored else {
            note(stored)
            return
        }
        let marker = AccessMarker(operation: operation, location: location)
        let runtime = Runtime.current
        runtime?.exclusiveMarkers.append(marker)
        defer { runtime?.exclusiveMarkers.removeLast() }
        var taken = Value.native(marker)
        swap(&taken, &stored)
        guard case .array(var elements) = consume taken else { return }
        var failure: Error?
        do {
            try body(&elements)
        } catch {
            failure = error
        }
        var replaced = true
        if case .native(let object) = stored, object === marker { replaced = false }
        if !replaced && !marker.touched {
            stored = .array(elements)
            if let failure { throw failure }
            return
        }
        if !replaced { stored = .array(elements) }
        if let mark = marker.outputMark { Runtime.current?.rewindOutput(to: mark) }
        throw marker.violation
    }

    /// Flags `value` when it is the stand-in of an array under `modifyArray` (called where a value is not of the
    /// expected kind).
    @inline(never) static func note(_ value: Value) {
        if case .native(let object) = value, let marker = object as? AccessMarker { marker.touch() }
    }

    /// The check on a variable of `type` read from an inner function or closure: arrays may hold a sort's stand-in
    /// (`checkRead`), structs may be moved out (`checkMovedOut`); nil for other types, which need none.
    static func readCheck(for type: CType) -> ((Value) throws -> Void)? {
        switch type {
        case .array:
            return { value in
                if case .array = value { return }
                try checkRead(value)
            }
        case .user(let userType) where userType.kind == .structure:
            return { value in
                if case .void = value { try checkMovedOut() }
            }
        default:
            return nil
        }
    }

    /// Throws the overlapping-access error when a struct variable read from an inner function or closure is moved
    /// out of its slot (`()` is left there while a field of it is modified in place) by a method running user code:
    /// `s.xs.sort { … s … }` reads `s` while its field is being modified.
    @inline(never) static func checkMovedOut() throws {
        guard let marker = Runtime.current?.exclusiveMarkers.last else { return }
        marker.touch()
        throw marker.violation
    }

    /// Throws the overlapping-access error when `value`, just read from an array variable, is the stand-in of an
    /// array under `modifyArray` (called only when the value is not an array).
    @inline(never) static func checkRead(_ value: Value) throws {
        guard case .native(let object) = value, let marker = object as? AccessMarker else { return }
        marker.touch()
        throw marker.violation
    }
}

/// The stand-in for an array while a mutating method that runs user code works on it.
final class AccessMarker: CustomStringConvertible {
    let operation: String
    let location: SourceLocation
    /// Whether anything read or changed the array meanwhile.
    private(set) var touched = false
    /// The cell's output when the array was first touched.
    private(set) var outputMark: Runtime.OutputMark?

    init(operation: String, location: SourceLocation) {
        self.operation = operation
        self.location = location
    }

    /// Records an access to the array.
    func touch() {
        guard !touched else { return }
        touched = true
        outputMark = Runtime.current?.outputMark()
    }

    /// The error the access is reported as, at the method's call.
    var violation: RuntimeError {
        RuntimeError(message: "simultaneous accesses to an array: the closure of '\(operation)' reads or modifies the array that '\(operation)' is modifying",
                     location: location)
    }

    var description: String {
        touch()
        return "[]"
    }
}
