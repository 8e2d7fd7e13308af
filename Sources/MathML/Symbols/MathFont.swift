/// A math alphabet selected by `\mathbf`, `\mathbb`, …, applied by mapping letters and digits to the
/// Unicode Mathematical Alphanumeric Symbols (MathML Core renders only `mathvariant="normal"`).
enum MathFont: Equatable, Sendable {
    /// Upright (`\mathrm`, `\operatorname`): letters keep their code points and are drawn upright.
    case roman
    /// Italic (`\mathit`).
    case italic
    /// Bold upright (`\mathbf`).
    case bold
    /// Bold italic (`\boldsymbol`, `\bm`).
    case boldItalic
    /// Script (`\mathcal`, `\mathscr`).
    case script
    /// Double-struck (`\mathbb`).
    case doubleStruck
    /// Fraktur (`\mathfrak`).
    case fraktur
    /// Sans-serif (`\mathsf`).
    case sansSerif
    /// Monospace (`\mathtt`).
    case monospace

    /// Whether identifiers in this font are upright, so single letters need `mathvariant="normal"`.
    var isUpright: Bool { self == .roman }

    /// The character drawn for `character` in this font, or `character` itself if the font does not change it.
    func map(_ character: Character) -> Character {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
            return character
        }
        let value = scalar.value
        let mapped: UInt32?
        switch value {
        case 0x41...0x5A: mapped = latin(capitalIndex: value - 0x41)
        case 0x61...0x7A: mapped = latin(smallIndex: value - 0x61)
        case 0x30...0x39: mapped = digit(value - 0x30)
        case 0x391...0x3A9: mapped = greek(capitalIndex: value - 0x391)
        case 0x3B1...0x3C9: mapped = greek(smallIndex: value - 0x3B1)
        default: mapped = greekVariant(value)
        }
        guard let mapped, let result = Unicode.Scalar(mapped) else { return character }
        return Character(result)
    }

    private func latin(capitalIndex index: UInt32) -> UInt32? {
        let letter = Character(Unicode.Scalar(0x41 + index) ?? "A")
        switch self {
        case .roman: return nil
        case .italic: return 0x1D434 + index
        case .bold: return 0x1D400 + index
        case .boldItalic: return 0x1D468 + index
        case .script: return Self.scriptCapitalExceptions[letter] ?? 0x1D49C + index
        case .doubleStruck: return Self.doubleStruckExceptions[letter] ?? 0x1D538 + index
        case .fraktur: return Self.frakturExceptions[letter] ?? 0x1D504 + index
        case .sansSerif: return 0x1D5A0 + index
        case .monospace: return 0x1D670 + index
        }
    }

    private func latin(smallIndex index: UInt32) -> UInt32? {
        let letter = Character(Unicode.Scalar(0x61 + index) ?? "a")
        switch self {
        case .roman: return nil
        case .italic: return letter == "h" ? 0x210E : 0x1D44E + index
        case .bold: return 0x1D41A + index
        case .boldItalic: return 0x1D482 + index
        case .script: return Self.scriptSmallExceptions[letter] ?? 0x1D4B6 + index
        case .doubleStruck: return 0x1D552 + index
        case .fraktur: return 0x1D51E + index
        case .sansSerif: return 0x1D5BA + index
        case .monospace: return 0x1D68A + index
        }
    }

    private func digit(_ index: UInt32) -> UInt32? {
        switch self {
        case .bold, .boldItalic: return 0x1D7CE + index
        case .doubleStruck: return 0x1D7D8 + index
        case .sansSerif: return 0x1D7E2 + index
        case .monospace: return 0x1D7F6 + index
        case .roman, .italic, .script, .fraktur: return nil
        }
    }

    private func greek(capitalIndex index: UInt32) -> UInt32? {
        switch self {
        case .bold, .boldItalic: return 0x1D6A8 + index  // TeX keeps bold capitals upright
        case .italic: return 0x1D6E2 + index
        default: return nil
        }
    }

    private func greek(smallIndex index: UInt32) -> UInt32? {
        switch self {
        case .boldItalic: return 0x1D736 + index
        default: return nil  // \mathbf leaves lowercase Greek alone, as TeX does
        }
    }

    private func greekVariant(_ value: UInt32) -> UInt32? {
        guard self == .boldItalic else { return nil }
        // ϵ ϑ ϰ ϕ ϱ ϖ follow the 25 small letters (and ∂) in the bold italic block.
        let variants: [UInt32: UInt32] = [0x3F5: 26, 0x3D1: 27, 0x3F0: 28, 0x3D5: 29, 0x3F1: 30, 0x3D6: 31]
        guard let slot = variants[value] else { return nil }
        return 0x1D736 + slot
    }

    private static let scriptCapitalExceptions: [Character: UInt32] = [
        "B": 0x212C, "E": 0x2130, "F": 0x2131, "H": 0x210B, "I": 0x2110, "L": 0x2112, "M": 0x2133, "R": 0x211B,
    ]
    private static let scriptSmallExceptions: [Character: UInt32] = ["e": 0x212F, "g": 0x210A, "o": 0x2134]
    private static let doubleStruckExceptions: [Character: UInt32] = [
        "C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124,
    ]
    private static let frakturExceptions: [Character: UInt32] = [
        "C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128,
    ]
}
