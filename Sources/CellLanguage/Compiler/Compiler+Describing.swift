import Diagnostics

/// How `print` and string interpolation describe a declared type's values (`CustomStringConvertible`), and how
/// collections compare them (a declared `static func ==`).
extension Compiler {
    /// Sets `type.describe` from its `description` (its own, computed or stored, or a protocol extension's default: `protocol Layer:
    /// CustomStringConvertible` with `extension Layer { var description: String { … } }`) and `type.equals` from its
    /// `==`.
    func installDescriptionAndEquality(_ decl: TypeDecl, _ type: UserType) {
        let runtime = self.runtime, globals = self.globals
        if type.conformances.contains("CustomStringConvertible"), let getter = type.computed["description"], getter.returnType == .string {
            type.describe = { value in
                // Through a superclass's type, a subclass's instance describes itself with its own `description`.
                let target = Compiler.dispatchTarget(getter, value)
                let frame = try Compiler.invoke(target, parent: globals, arguments: [value], runtime: runtime, location: target.location)
                return frame.value(target.context.returnSlot).stringValue
            }
        } else if type.conformances.contains("CustomStringConvertible"), let index = type.fieldIndex("description"),
                  type.fields[index].type == .string {
            type.describe = { value in
                switch value {
                case .object(let box): return index < box.fieldCount ? box.fields[index].stringValue : ""
                case .tuple(let fields): return index < fields.count ? fields[index].stringValue : ""
                default: return ""
                }
            }
        } else if type.conformances.contains("CustomStringConvertible"), let describe = protocolDefaultDescription(type) {
            // Without either `description`, the conformance checks report the type (`ConformanceChecks`).
            type.describe = describe
        }
        if let equals = type.staticMethods["=="]?.first(where: { $0.parameters.map(\.type) == [.user(type), .user(type)] && $0.returnType == .bool }) {
            type.equals = { a, b in
                let frame = try Compiler.invoke(equals, parent: globals, arguments: [a, b], runtime: runtime, location: equals.location)
                return frame.word(equals.context.returnSlot) != 0
            }
        }
    }

    /// The `description` a protocol extension gives `type` (its `self` is the value held as the protocol type), when
    /// one of the protocols it conforms to has one; nil otherwise.
    private func protocolDefaultDescription(_ type: UserType) -> ((Value) throws -> String)? {
        guard let getter = conformedProtocols(type).lazy.compactMap({ $0.computed["description"] }).first(where: { $0.returnType == .string }),
              let tag = existentialTag(for: .user(type)) else { return nil }
        let runtime = self.runtime, globals = self.globals
        return { [unowned tag] value in
            let frame = try Compiler.invoke(getter, parent: globals, arguments: [tag.wrap(value)], runtime: runtime, location: getter.location)
            return frame.value(getter.context.returnSlot).stringValue
        }
    }
}
