extension Compiler {
    /// The Boolean properties of `Character` that cells may read, by name, with Swift's own implementation.
    static let characterProperties: [String: @Sendable (Character) -> Bool] = [
        "isASCII": { $0.isASCII },
        "isCased": { $0.isCased },
        "isCurrencySymbol": { $0.isCurrencySymbol },
        "isHexDigit": { $0.isHexDigit },
        "isLetter": { $0.isLetter },
        "isLowercase": { $0.isLowercase },
        "isMathSymbol": { $0.isMathSymbol },
        "isNewline": { $0.isNewline },
        "isNumber": { $0.isNumber },
        "isPunctuation": { $0.isPunctuation },
        "isSymbol": { $0.isSymbol },
        "isUppercase": { $0.isUppercase },
        "isWhitespace": { $0.isWhitespace },
        "isWholeNumber": { $0.isWholeNumber },
    ]
}
