/// An implicit conversion the compiler applied to a node's value.
enum Conversion: CustomStringConvertible {
    /// A value wrapped into an optional (`T` to `T?`).
    case optionalPromotion
    /// A class instance converted to a superclass.
    case upcast(to: CType)
    /// A value boxed into an existential (`any P`).
    case existential(CType)
    /// A function converted to a throwing or otherwise wider function type.
    case functionConversion(to: CType)

    var description: String {
        switch self {
        case .optionalPromotion: return "wrapped in Optional"
        case .upcast(let type): return "upcast to \(type)"
        case .existential(let type): return "boxed as \(type)"
        case .functionConversion(let type): return "converted to \(type)"
        }
    }
}
