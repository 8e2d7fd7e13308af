/// The storage of a class instance (reference semantics).
///
/// The fields live in one fixed buffer behind a constant pointer, like a frame's slots: modifying a field in place
/// holds no Swift access to the object, so code that runs meanwhile (a `sort(by:)` closure on `object.items`) may
/// read or change the object's other fields.
public final class ObjectBox {
    let type: UserType
    /// The stored properties, in declaration order (`fieldCount` of them).
    let fields: UnsafeMutablePointer<Value>
    let fieldCount: Int
    /// False for the stand-in a class's `deinit` runs on (see `deinit`), so it runs once.
    var runsDeinitializer = true

    init(type: UserType, fields values: [Value]) {
        self.type = type
        fieldCount = values.count
        fields = UnsafeMutablePointer<Value>.allocate(capacity: max(values.count, 1))
        fields.initialize(from: values, count: values.count)
    }

    deinit {
        if let deinitializer = type.deinitializer, runsDeinitializer {
            // The cell's `deinit` runs on a stand-in holding the same stored properties (this object is going away).
            let standIn = ObjectBox(type: type, fields: Array(UnsafeBufferPointer(start: fields, count: fieldCount)))
            standIn.runsDeinitializer = false
            deinitializer(.object(standIn))
        }
        // A long chain of objects (a linked list) is freed one node at a time, not by nested deinitialisers.
        var nests = false
        for index in 0..<fieldCount where fields[index].mayNest { nests = true }
        if nests {
            var taken: [Value] = []
            taken.reserveCapacity(fieldCount)
            for index in 0..<fieldCount { taken.append((fields + index).move()) }
            fields.deallocate()
            ValueTeardown.release(&taken)
        } else {
            fields.deinitialize(count: fieldCount)
            fields.deallocate()
        }
    }
}
