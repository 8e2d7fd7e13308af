import Diagnostics

/// An error thrown by cell code (`throw`), travelling through the compiled closures as a Swift error until a
/// `catch`, `try?` or `try!` takes it, or the cell's top level reports it. Also the value of `error` in a `catch`
/// (as `Value.native`), so `throw error` rethrows it unchanged.
final class ThrownError: Error, CustomStringConvertible {
    /// The thrown value and its static type (a type declared with the `Error` conformance).
    let value: Value
    let type: CType
    /// The `throw` statement.
    let location: SourceLocation

    init(value: Value, type: CType, location: SourceLocation) {
        self.value = value
        self.type = type
        self.location = location
    }

    /// What `print(error)` shows: the value as `print` shows it (`insufficientFunds(coinsNeeded: 5)`).
    var description: String {
        (try? ValueFormatter.describe(value, as: type)) ?? "\(type)"
    }

    /// The value with its module-qualified type, as Swift's fatal error messages show it
    /// (`main.VendingMachineError.outOfStock`).
    var qualifiedDescription: String {
        guard case .user(let userType) = type, userType.describe == nil else { return description }
        switch userType.kind {
        case .enumeration: return userType.qualifiedName + "." + description
        case .structure: return userType.qualifiedName.dropLast(userType.name.count) + description
        case .classType: return description
        }
    }
}
