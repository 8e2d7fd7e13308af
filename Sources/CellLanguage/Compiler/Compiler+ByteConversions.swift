import Diagnostics

/// Bytes and text, as a byte-level tokenizer needs them: `UInt8(ascii: "a")` and
/// `String(decoding: bytes, as: UTF8.self)` (ill-formed sequences become U+FFFD, as in Swift).
extension Compiler {
    /// `UInt8(ascii: scalar)`: the scalar's value; a scalar outside ASCII stops the cell with Swift's message.
    func compileASCIIInitializer(_ kind: IntegerKind, _ argument: Expr, at location: SourceLocation) -> Typed {
        guard kind == IntegerKind(bits: 8, signed: false) else {
            cannotGenerate(at: location)
            return .invalid
        }
        let scalar = converted(compileExpr(argument, expected: .unicodeScalar), to: .unicodeScalar, at: argument.location)
        guard scalar.type == .unicodeScalar else { return .invalid }
        let value = scalar.value
        return Typed(type: .integer(kind), code: .value { frame in
            let code = try value(frame).intValue
            guard code < 128 else { throw RuntimeError(message: "Code point value does not fit into ASCII", location: location) }
            return .int(code)
        })
    }

    /// `String(decoding: bytes, as: UTF8.self)` where `bytes` is a `[UInt8]`, an `ArraySlice<UInt8>` or a
    /// `String.UTF8View`; nil when the arguments are not of that form (the caller reports it).
    func compileStringDecoding(_ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard arguments.count == 2, case .member(let codec?, "self", _) = arguments[1].value.kind,
              case .name("UTF8") = codec.kind else { return nil }
        let byte = CType.integer(IntegerKind(bits: 8, signed: false))
        let typed = compileExpr(arguments[0].value, expected: .array(byte))
        let bytes = typed.value
        switch typed.type {
        case .stringView(.utf8):
            return Typed(type: .string, code: .value(bytes))
        case .array(byte), .arraySlice(byte):
            return Typed(type: .string, code: .value { frame in
                let elements = SliceValue.parts(try bytes(frame)).elements
                let units = elements.map { UInt8(truncatingIfNeeded: $0.intValue) }
                return .string(String(decoding: units, as: UTF8.self))
            })
        default:
            cannotGenerate(at: arguments[0].value.location)
            return .invalid
        }
    }
}
