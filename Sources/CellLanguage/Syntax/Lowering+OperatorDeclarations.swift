import SwiftSyntax

/// `prefix operator +++`, `postfix operator ---`, `infix operator +-: AdditionPrecedence` and `precedencegroup`
/// declarations: they only teach the lowering how to read the operators (the operator functions are `static func`s
/// of the types that use them).
extension Lowering {
    /// Records the operator declarations of a cell's top level before its statements are lowered (Swift lets a file
    /// use an operator declared further down).
    func declareOperators(_ items: CodeBlockItemListSyntax) {
        let declarations = items.compactMap { item -> DeclSyntax? in
            if case .decl(let decl) = item.item { return decl }
            return nil
        }
        // Groups first (an operator names its group), in order (a group names the groups it is above or below).
        for decl in declarations {
            if let group = decl.as(PrecedenceGroupDeclSyntax.self) { declarePrecedenceGroup(group) }
        }
        for decl in declarations {
            if let op = decl.as(OperatorDeclSyntax.self) { declareOperator(op) }
        }
    }

    private func declareOperator(_ node: OperatorDeclSyntax) {
        let name = node.name.text
        switch node.fixitySpecifier.text {
        case "prefix": operators.prefix.insert(name)
        case "postfix": operators.postfix.insert(name)
        default:
            let groupName = node.operatorPrecedenceAndTypes?.precedenceGroup.text ?? "DefaultPrecedence"
            guard let group = operators.group(named: groupName) else {
                error(.unsupported(.precedenceGroupName, groupName), node)
                return
            }
            operators.infix[name] = group
        }
    }

    /// A group's level: just above the group it is `higherThan`, or just below the one it is `lowerThan`.
    private func declarePrecedenceGroup(_ node: PrecedenceGroupDeclSyntax) {
        var precedence = OperatorTable.Precedence(level: 101, associativity: "none")
        for attribute in node.groupAttributes {
            if let relation = attribute.as(PrecedenceGroupRelationSyntax.self) {
                for other in relation.precedenceGroups {
                    guard let group = operators.group(named: other.name.text) else {
                        error(.unsupported(.precedenceGroupName, other.name.text), other)
                        continue
                    }
                    precedence.level = relation.higherThanOrLowerThanLabel.text == "higherThan" ? group.level + 1 : group.level - 1
                }
            } else if let associativity = attribute.as(PrecedenceGroupAssociativitySyntax.self) {
                precedence.associativity = associativity.value.text
            } else {
                error(.unsupported(.precedenceGroupAttribute), attribute)
            }
        }
        operators.groups[node.name.text] = precedence
    }

    /// An operator function (`static func +++`) needs its operator declared (`infix operator +++`), or one of
    /// Swift's own operators, as swiftc requires: it reports the name otherwise.
    func checkOperatorDeclared(_ node: FunctionDeclSyntax) {
        let name = node.name.text
        switch node.name.tokenKind {
        case .binaryOperator, .prefixOperator, .postfixOperator: break
        default: return
        }
        let known: Bool
        if node.modifiers.contains(where: { $0.name.text == "prefix" }) {
            known = ["-", "+", "!", "~", "..<", "..."].contains(name) || operators.prefix.contains(name)
        } else if node.modifiers.contains(where: { $0.name.text == "postfix" }) {
            known = name == "..." || operators.postfix.contains(name)
        } else {
            known = isKnownInfixOperator(name)
        }
        if !known { error(.operatorWithoutDeclaration, node.name) }
    }

    /// The name a `static postfix func ---` is registered under, so it is told from a `prefix func ---`.
    static func operatorFunctionName(_ node: FunctionDeclSyntax) -> String {
        node.modifiers.contains { $0.name.text == "postfix" } ? Expr.postfixOperatorPrefix + node.name.text : node.name.text
    }
}
