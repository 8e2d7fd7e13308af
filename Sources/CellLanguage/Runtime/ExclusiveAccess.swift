import Diagnostics

/// Swift's exclusivity rule for the mutating collection methods that run user code (`sort(by:)`, `sort()` with a
/// declared `<`, `removeAll(where:)`): while they modify an array, the closure must neither read nor change it.
/// Swift traps on such a program; nbrun stops the cell with an error at the call.
///
/// The array is moved out of its place for the duration and an `AccessMarker` stands in for it. Whatever touches the
/// marker meanwhile — a read (`arrayValue`), an in-place change (`updateArray`, another mutating method), printing
/// it — flags it, and so does replacing it; after the method the flag turns into the error. The checks sit on the
/// paths where a value is not the array the compiler expected, so ordinary reads and writes pay nothing.
enum ExclusiveAccess {
    /// Runs `body` on the array stored at `stored` (moved out meanwhile); throws when user code run by `body`
    /// accessed the place. `operation` names the method in the message (`sort(by:)`).
    static func modifyArray(_ stored: inout Value, operation: String, at location: SourceLocation,
                            _ body: (inout [Value]) throws -> Void) throws {
        guard case .array = stored else {
            note(stored)
            return
        }
        let marker = AccessMarker()
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
        throw RuntimeError(message: "simultaneous accesses to an array: the closure of '\(operation)' reads or modifies the array that '\(operation)' is modifying",
                           location: location)
    }

    /// Flags `value` when it is the stand-in of an array under `modifyArray` (called where a value is not of the
    /// expected kind).
    @inline(never) static func note(_ value: Value) {
        if case .native(let object) = value, let marker = object as? AccessMarker { marker.touched = true }
    }
}

/// The stand-in for an array while a mutating method that runs user code works on it.
final class AccessMarker: CustomStringConvertible {
    /// Whether anything read or changed the array meanwhile.
    var touched = false

    var description: String {
        touched = true
        return "[]"
    }
}
