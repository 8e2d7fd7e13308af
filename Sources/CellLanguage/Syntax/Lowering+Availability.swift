import SwiftSyntax

extension Lowering {
    /// `#available(iOS 10, macOS 10.12, *)` and `#unavailable(iOS 10)` as a condition, evaluated as swiftc
    /// evaluates them for a Linux program: no platform the book names is Linux, so every check falls to `*`
    /// (`#available` is true, `#unavailable` false). The arguments are checked with swiftc's errors.
    func lowerAvailability(_ node: AvailabilityConditionSyntax) -> Condition {
        let isUnavailable = node.availabilityKeyword.tokenKind == .poundUnavailable
        let keyword = isUnavailable ? "#unavailable" : "#available"
        var platforms: Set<String> = []
        var wildcard = false
        var last: Syntax = Syntax(node.availabilityKeyword)
        for argument in node.availabilityArguments {
            switch argument.argument {
            case .token(let token) where token.text == "*":
                wildcard = true
                if isUnavailable { error(.invalidAvailability(.wildcardInUnavailable), token) }
            case .token(let token):
                error(.invalidAvailability(.versionRequired), token)
            case .availabilityVersionRestriction(let restriction):
                let platform = restriction.platform.text
                if platform == "swift" {
                    error(.invalidAvailability(.swiftVersion(keyword: keyword)), restriction.platform)
                } else if restriction.version == nil {
                    error(.invalidAvailability(.versionRequired), restriction.platform)
                } else if !platforms.insert(platform).inserted {
                    error(.invalidAvailability(.platformRepeated(platform)), restriction.platform)
                }
                last = restriction.version.map { Syntax($0) } ?? Syntax(restriction)
            case .availabilityLabeledArgument(let labeled):
                unsupported(.labelledAvailabilityArgument, labeled)
            }
        }
        if !isUnavailable, !wildcard {
            error(.invalidAvailability(.conditionRequired), node.availabilityKeyword)
            error(.invalidAvailability(.wildcardRequired), last)
        }
        return .expression(Expr(.boolLiteral(!isUnavailable), at: loc(node)))
    }
}
