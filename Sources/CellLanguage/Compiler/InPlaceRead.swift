import Diagnostics

/// Reads of array elements and struct fields straight from a variable's slot, without copying (retaining) the
/// array, its rows or the struct.
///
/// `a[i]`, `a[i][k]` and `p.x` on a variable are the hot reads of numeric loops; going through the generic value
/// path costs several reference-count operations per read, this costs none for Int, Double and Bool elements:
/// `project` receives the element borrowed and unboxes it.
enum InPlaceRead {
    /// `project(slot[i])` for an array stored at `slot`.
    @inline(__always)
    static func element<T>(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ location: SourceLocation,
                           _ project: (Value) -> T) throws -> T {
        guard case .array(let elements) = slot.pointee, i >= 0 && i < elements.count else {
            throw RuntimeError(message: "Index out of range", location: location)
        }
        return project(elements[i])
    }

    /// `project(slot[i][k])` for an array of arrays stored at `slot`; `outer` is the position of `slot[i]`.
    @inline(__always)
    static func element<T>(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ k: Int, _ outer: SourceLocation,
                           _ location: SourceLocation, _ project: (Value) -> T) throws -> T {
        guard case .array(let rows) = slot.pointee, i >= 0 && i < rows.count else {
            throw RuntimeError(message: "Index out of range", location: outer)
        }
        guard case .array(let row) = rows[i], k >= 0 && k < row.count else {
            throw RuntimeError(message: "Index out of range", location: location)
        }
        return project(row[k])
    }

    /// `project(field index)` of a struct stored at `slot`.
    @inline(__always)
    static func field<T>(_ slot: UnsafeMutablePointer<Value>, _ index: Int, _ project: (Value) -> T) -> T {
        guard case .tuple(let fields) = slot.pointee, index < fields.count else { return project(.void) }
        return project(fields[index])
    }
}
