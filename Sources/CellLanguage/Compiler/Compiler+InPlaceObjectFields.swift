import Diagnostics

extension Compiler {
    /// `object.x` where `object` is a variable holding an instance of a final class without superclass and `x` an
    /// Int, Double or Bool stored property (not lazy): read without retaining the instance (`InPlaceRead`). Nil for
    /// every other member (overridable, inherited, lazy and other properties take the general path).
    func compileInPlaceObjectField(_ slot: @escaping (Frame) -> UnsafeMutablePointer<Value>, _ type: UserType,
                                   _ name: String) -> Typed? {
        guard type.isFinal, type.superclass == nil, let index = type.fieldIndex(name), type.lazyInitializers[index] == nil,
              !type.fields[index].holdsWeakly else { return nil }
        switch type.fields[index].type {
        case .int:
            return Typed(type: .int, code: .int { InPlaceRead.objectField(slot($0), index) { $0.intValue } })
        case .double:
            return Typed(type: .double, code: .double { InPlaceRead.objectField(slot($0), index) { $0.doubleValue } })
        case .bool:
            return Typed(type: .bool, code: .bool { InPlaceRead.objectField(slot($0), index) { $0.boolValue } })
        default:
            return nil
        }
    }
}
