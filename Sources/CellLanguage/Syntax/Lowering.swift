import Diagnostics
import SwiftSyntax

/// Lowers a SwiftSyntax tree to the cell language's own AST, reporting constructs outside the subset.
final class Lowering {
    private let map: SourceMap
    private(set) var diagnostics: [Diagnostic] = []
    /// For each closure being lowered without a parameter list, the number of `$n` parameters seen so far.
    var anonymousCounts: [Int] = []
    /// The parameter names of the closures being lowered, innermost last (nil: no parameter list written).
    var closureParameterNames: [[String]?] = []
    /// The operators declared so far in the notebook (shared with the other cells' lowerings).
    let operators: OperatorTable
    /// Where each written `Set<…>`/`[K: V]`/`Dictionary<…>` type starts, by the position of its first type
    /// argument (swiftc reports a key or element that is not Hashable at the container).
    var containerLocations: [SourceLocation: SourceLocation] = [:]
    /// Tokens swiftc reports some mistakes at, by the position the AST keeps (see `Compiler.reportedTokens`).
    var reportedTokens: [SourceLocation: SourceLocation] = [:]
    /// What `Self` names in the declarations being lowered, innermost last (nil inside a protocol or an extension,
    /// where `Self` stays the conforming type: see `Lowering+SelfType`).
    var selfTypes: [SelfType?] = []
    /// The reads through a key path (`p[keyPath: k]`, lowered as calls of the key path), refused as assignments' targets.
    var keyPathReads = IdentityTable<Expr, SourceLocation>()
    /// The modules the cell imports (`import Foundation`).
    private(set) var importedModules: Set<String> = []

    init(map: SourceMap, operators: OperatorTable = OperatorTable()) {
        self.map = map
        self.operators = operators
    }

    // MARK: Positions and errors

    func loc(_ node: some SyntaxProtocol) -> SourceLocation {
        map.location(ofOffset: node.positionAfterSkippingLeadingTrivia.utf8Offset)
    }

    /// Where `node` ends (just after its last character, trivia aside).
    func endLoc(_ node: some SyntaxProtocol) -> SourceLocation {
        map.location(ofOffset: node.endPositionBeforeTrailingTrivia.utf8Offset)
    }

    /// Reports that `construct` (a row of `RefusedConstruct`) is outside the supported subset, at `node`.
    func unsupported(_ construct: RefusedConstruct, _ node: some SyntaxProtocol) {
        error(.unsupported(construct), node)
    }

    /// Reports that `construct`, naming `subject` (a keyword, a modifier, a type …), is outside the supported subset.
    func unsupported(_ construct: RefusedConstruct, _ subject: String, _ node: some SyntaxProtocol) {
        error(.unsupported(construct, subject), node)
    }

    /// Reports `kind` at `location` (for positions not taken from a syntax node).
    func report(_ kind: CompileError, at location: SourceLocation) {
        diagnostics.append(kind.diagnostic(at: location))
    }

    func error(_ kind: CompileError, _ node: some SyntaxProtocol) {
        diagnostics.append(kind.diagnostic(at: loc(node)))
    }

    // MARK: Statements

    func lower(_ items: CodeBlockItemListSyntax) -> [Stmt] {
        items.flatMap(lowerItem)
    }

    /// One statement or declaration of a block (attached to its tree, so positions stay in notebook coordinates).
    func lowerItem(_ item: CodeBlockItemSyntax) -> [Stmt] {
        switch item.item {
        case .decl(let decl):
            return lowerDecl(decl).map { [$0] } ?? []
        case .stmt(let stmt):
            return [lowerStmt(stmt, label: nil)]
        case .expr(let expr):
            return [lowerExprStatement(expr)]
        }
    }

    func lowerBlock(_ block: CodeBlockSyntax) -> [Stmt] {
        lower(block.statements)
    }

    func lowerExprStatement(_ expr: ExprSyntax) -> Stmt {
        if let ifExpr = expr.as(IfExprSyntax.self) {
            return lowerIf(ifExpr)
        }
        if let node = expr.as(SwitchExprSyntax.self) {
            return lowerSwitch(node, label: nil)
        }
        return .expression(lowerExpr(expr))
    }

    func lowerIf(_ node: IfExprSyntax) -> Stmt {
        let conditions = lowerConditions(node.conditions)
        let body = lowerBlock(node.body)
        var elseBody: [Stmt]?
        switch node.elseBody {
        case .ifExpr(let nested)?:
            elseBody = [lowerIf(nested)]
        case .codeBlock(let block)?:
            elseBody = lowerBlock(block)
        case nil:
            elseBody = nil
        }
        return .ifStatement(conditions, body, elseBody, loc(node))
    }

    func lowerConditions(_ list: ConditionElementListSyntax) -> [Condition] {
        var result: [Condition] = []
        for element in list {
            switch element.condition {
            case .expression(let expr):
                result.append(.expression(lowerExpr(expr)))
            case .optionalBinding(let binding):
                if let tuple = lowerTupleBinding(binding) {
                    result.append(tuple)
                    continue
                }
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else {
                    // swiftc: `x?` at the pattern, another pattern at the `let`.
                    if binding.pattern.as(ExpressionPatternSyntax.self)?.expression.is(OptionalChainingExprSyntax.self) == true {
                        error(.conditionBindingNotSimpleName(unwrapsOptional: true), binding.pattern)
                    } else {
                        error(.conditionBindingNotSimpleName(unwrapsOptional: false), binding.bindingSpecifier)
                    }
                    // The pattern's names are still bound (to nothing valid), so that their uses report nothing more.
                    for token in binding.pattern.tokens(viewMode: .sourceAccurate) where { if case .identifier = token.tokenKind { return true }; return false }() {
                        result.append(.optionalBinding(isVar: false, name: token.text, value: Expr(.invalid, at: loc(token)),
                                                       location: loc(token), keywordLocation: loc(binding.bindingSpecifier)))
                    }
                    continue
                }
                if let annotation = binding.typeAnnotation {
                    error(.unsupported(.optionalBindingAnnotation), annotation)
                }
                let value = binding.initializer.map { lowerExpr($0.value) }
                result.append(.optionalBinding(isVar: binding.bindingSpecifier.text == "var", name: name,
                                               value: value, location: loc(binding.pattern),
                                               keywordLocation: loc(binding.bindingSpecifier)))
            case .availability(let node):
                result.append(lowerAvailability(node))
            case .matchingPattern(let node):
                if let annotation = node.typeAnnotation {
                    error(.unsupported(.casePatternAnnotation), annotation)
                }
                result.append(.pattern(lowerCasePattern(node.pattern, binding: false), value: lowerExpr(node.initializer.value),
                                       location: loc(node.pattern)))
            }
        }
        return result
    }

    func lowerStmt(_ stmt: StmtSyntax, label: String?) -> Stmt {
        if let node = stmt.as(ExpressionStmtSyntax.self) {
            return lowerExprStatement(node.expression)
        }
        if let node = stmt.as(LabeledStmtSyntax.self) {
            if let expression = node.statement.as(ExpressionStmtSyntax.self),
               let switchNode = expression.expression.as(SwitchExprSyntax.self) {
                return lowerSwitch(switchNode, label: node.label.text)
            }
            return lowerStmt(node.statement, label: node.label.text)
        }
        if let node = stmt.as(ForStmtSyntax.self) {
            if let keyword = node.tryKeyword ?? node.awaitKeyword {
                unsupported(keyword.tokenKind == .keyword(.try) ? .forTry : .await, keyword)
                return .invalid
            }
            // `for var x in …` binds a variable: lowered as the irrefutable case pattern `for case var x in …`.
            if node.caseKeyword != nil || bindsVariable(node.pattern) {
                return .forIn(label: label, pattern: .wildcard,
                              casePattern: lowerCasePattern(node.pattern, binding: node.caseKeyword == nil),
                              sequence: lowerExpr(node.sequence), whereClause: node.whereClause.map { lowerExpr($0.condition) },
                              body: lowerBlock(node.body), loc(node))
            }
            let pattern = lowerPattern(PatternSyntax(node.pattern))
            return .forIn(label: label, pattern: pattern, casePattern: nil, sequence: lowerExpr(node.sequence),
                          whereClause: node.whereClause.map { lowerExpr($0.condition) },
                          body: lowerBlock(node.body), loc(node))
        }
        if let node = stmt.as(WhileStmtSyntax.self) {
            return .whileLoop(label: label, lowerConditions(node.conditions), lowerBlock(node.body), loc(node))
        }
        if let node = stmt.as(RepeatStmtSyntax.self) {
            return .repeatWhile(label: label, lowerBlock(node.body), lowerExpr(node.condition), loc(node))
        }
        if let node = stmt.as(ReturnStmtSyntax.self) {
            return .returnStatement(node.expression.map { lowerExpr($0) }, loc(node))
        }
        if let node = stmt.as(BreakStmtSyntax.self) {
            return .breakStatement(node.label?.text, node.label.map { loc($0) } ?? loc(node))
        }
        if let node = stmt.as(ContinueStmtSyntax.self) {
            return .continueStatement(node.label?.text, node.label.map { loc($0) } ?? loc(node))
        }
        if let node = stmt.as(GuardStmtSyntax.self) {
            // The location is the `else` block's closing brace, where swiftc says the body falls through.
            return .guardStatement(lowerConditions(node.conditions), lowerBlock(node.body), loc(node.body.rightBrace))
        }
        if let node = stmt.as(DoStmtSyntax.self) {
            if node.catchClauses.isEmpty {  // a scope of its own, whose locals end with it
                if let clause = node.throwsClause { error(.doThrowsWithoutCatch, clause) }
                return .doCatch(lowerBlock(node.body), [], loc(node))
            }
            return lowerDoCatch(node)
        }
        if let node = stmt.as(ThrowStmtSyntax.self) { return .throwStatement(lowerExpr(node.expression), loc(node)) }
        if let node = stmt.as(DeferStmtSyntax.self) { return .deferStatement(lowerBlock(node.body), loc(node)) }
        if let node = stmt.as(FallThroughStmtSyntax.self) { unsupported(.fallthroughHere, node); return .invalid }
        if let node = stmt.as(DiscardStmtSyntax.self) { unsupported(.discard, node); return .invalid }
        if let node = stmt.as(YieldStmtSyntax.self) { unsupported(.yield, node); return .invalid }
        if stmt.is(MissingStmtSyntax.self) { return .invalid }
        error(.unsupported(.syntaxForm, "statement"), stmt)
        return .invalid
    }

    func lowerSwitch(_ node: SwitchExprSyntax, label: String?) -> Stmt {
        var cases: [SwitchCase] = []
        for element in node.cases {
            switch element {
            case .switchCase(let switchCase):
                // `fallthrough` as a case's last statement; anywhere else it stays refused (see `lowerStmt`).
                var statements = Array(switchCase.statements)
                var fallsThrough = false
                if case .stmt(let last)? = statements.last?.item, last.is(FallThroughStmtSyntax.self) {
                    fallsThrough = true
                    statements.removeLast()
                }
                let body = statements.flatMap(lowerItem)
                switch switchCase.label {
                case .default(let label):
                    cases.append(SwitchCase(patterns: [], guards: [], body: body, isDefault: true, location: loc(label),
                                            fallsThrough: fallsThrough))
                case .case(let label):
                    var patterns: [CasePattern] = []
                    var guards: [Expr?] = []
                    for item in label.caseItems {
                        patterns.append(lowerCasePattern(item.pattern, binding: false))
                        guards.append(item.whereClause.map { lowerExpr($0.condition) })
                    }
                    cases.append(SwitchCase(patterns: patterns, guards: guards, body: body, isDefault: false,
                                            location: loc(label), fallsThrough: fallsThrough))
                }
            case .ifConfigDecl(let config):
                unsupported(.conditionalCompilation, config)
            }
        }
        return .switchStatement(label: label, lowerExpr(node.subject), cases, loc(node))
    }

    /// Lowers a case pattern; inside `let`/`var` (`binding`), bare names bind, as `var` ones when `mutable`.
    func lowerCasePattern(_ pattern: PatternSyntax, binding: Bool, mutable: Bool = false) -> CasePattern {
        if pattern.is(WildcardPatternSyntax.self) { return .wildcard }
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            if binding { return .binding(identifier.identifier.text, loc(identifier), isVar: mutable) }
            return .expression(Expr(.name(identifier.identifier.text), at: loc(identifier)))
        }
        if let value = pattern.as(ValueBindingPatternSyntax.self) {
            // `case let (a, var b)`: swiftc's error at the inner keyword.
            if Self.isInsideBindingPattern(value) { error(.nestedBindingPattern(value.bindingSpecifier.text), value.bindingSpecifier) }
            return lowerCasePattern(value.pattern, binding: true, mutable: value.bindingSpecifier.tokenKind == .keyword(.var))
        }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            let elements = tuple.elements.map { lowerCasePattern($0.pattern, binding: binding, mutable: mutable) }
            return elements.count == 1 ? elements[0] : .tuple(elements, loc(tuple))
        }
        if let expression = pattern.as(ExpressionPatternSyntax.self) {
            return lowerCasePatternExpression(expression.expression, binding: binding, mutable: mutable)
        }
        if let node = pattern.as(IsTypePatternSyntax.self) { return .cast(nil, lowerType(node.type), loc(node)) }
        error(.unsupported(.syntaxForm, "pattern"), pattern)
        return .wildcard
    }

    /// Whether a `let`/`var` pattern is inside another one of the same pattern (`case let (a, var b)`).
    static func isInsideBindingPattern(_ node: ValueBindingPatternSyntax) -> Bool {
        var ancestor = node.parent
        while let current = ancestor {
            if current.is(ValueBindingPatternSyntax.self) { return true }
            if current.is(StmtSyntax.self) || current.is(SwitchCaseItemSyntax.self) || current.is(ConditionElementSyntax.self)
                || current.is(CatchItemSyntax.self) || current.is(CodeBlockSyntax.self) || current.is(ClosureExprSyntax.self) {
                return false
            }
            ancestor = current.parent
        }
        return false
    }

    func lowerCasePatternExpression(_ expr: ExprSyntax, binding: Bool, mutable: Bool = false) -> CasePattern {
        if expr.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
        if let pattern = expr.as(PatternExprSyntax.self) {
            return lowerCasePattern(pattern.pattern, binding: binding, mutable: mutable)
        }
        if let optional = expr.as(OptionalChainingExprSyntax.self) {
            // `let x?` is `.some(let x)`.
            return .enumCase("some", [lowerCasePatternExpression(optional.expression, binding: binding, mutable: mutable)], loc(optional))
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
            return lowerCasePatternExpression(only.expression, binding: binding, mutable: mutable)  // `case (let a):`
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            return .tuple(tuple.elements.map { lowerCasePatternExpression($0.expression, binding: binding, mutable: mutable) }, loc(tuple))
        }
        if let member = expr.as(MemberAccessExprSyntax.self), member.base == nil {
            return .enumCase(member.declName.baseName.text, nil, loc(member.declName))
        }
        if let call = expr.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           member.base == nil {
            if let parenthesis = call.leftParen { reportedTokens[loc(member.declName)] = loc(parenthesis) }
            return .enumCase(member.declName.baseName.text,
                             call.arguments.map { lowerCasePatternExpression($0.expression, binding: binding, mutable: mutable) },
                             loc(member.declName))
        }
        if binding, let reference = expr.as(DeclReferenceExprSyntax.self) {
            return .binding(reference.baseName.text, loc(reference), isVar: mutable)
        }
        if let cast = castPattern(expr, binding: binding, mutable: mutable) { return cast }
        return .expression(lowerExpr(expr))
    }

    /// Whether a `for` loop's pattern declares a `var` anywhere (`for var x`, `for (var a, b)`).
    func bindsVariable(_ pattern: PatternSyntax) -> Bool {
        pattern.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .keyword(.var) }
    }

    func lowerPattern(_ pattern: PatternSyntax) -> BindingPattern {
        if let name = pattern.as(IdentifierPatternSyntax.self) {
            return .name(name.identifier.text, loc(name))
        }
        if pattern.is(WildcardPatternSyntax.self) {
            return .wildcard
        }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return lowerPattern(only.pattern)
            }
            return .tuple(tuple.elements.map { lowerPattern($0.pattern) })
        }
        if let binding = pattern.as(ValueBindingPatternSyntax.self) {
            return lowerPattern(binding.pattern)
        }
        error(.unsupported(.syntaxForm, "pattern"), pattern)
        return .wildcard
    }

    // MARK: Declarations

    func lowerDecl(_ decl: DeclSyntax) -> Stmt? {
        if let node = decl.as(VariableDeclSyntax.self) {
            return lowerVariable(node)
        }
        if let node = decl.as(FunctionDeclSyntax.self) {
            return lowerGenericFunction(node).map { .function($0) }
        }
        if let node = decl.as(ImportDeclSyntax.self) {
            // `import Foundation` and friends are accepted so cells stay valid Swift; everything is built in. The
            // modules are noted: swiftc's lookup of the C library's math functions depends on them.
            if let module = node.path.first?.name.text { importedModules.insert(module) }
            return nil
        }
        if let node = decl.as(StructDeclSyntax.self) {
            return lowerTypeDecl(.structure, name: node.name, generics: node.genericParameterClause, inheritance: node.inheritanceClause,
                                 members: node.memberBlock, modifiers: node.modifiers, node: node)
        }
        if let node = decl.as(TypeAliasDeclSyntax.self) {
            if let generics = node.genericParameterClause { unsupported(.genericTypealias, generics) }
            // swiftc checks an alias's access against its type's; nbrun does not track access, so it refuses it.
            for modifier in node.modifiers { unsupported(.typealiasAccessControl, modifier) }
            return .typeAlias(node.name.text, lowerType(node.initializer.value), loc(node.name))
        }
        if let node = decl.as(ClassDeclSyntax.self) {
            return lowerTypeDecl(.classType, name: node.name, generics: node.genericParameterClause, inheritance: node.inheritanceClause,
                                 members: node.memberBlock, modifiers: node.modifiers, node: node)
        }
        if let node = decl.as(ActorDeclSyntax.self) {
            // Refused, then declared as a class: its extensions and uses are no further mistakes (no cascade).
            unsupported(.actor, decl)
            return lowerTypeDecl(.classType, name: node.name, generics: node.genericParameterClause, inheritance: node.inheritanceClause,
                                 members: node.memberBlock, modifiers: node.modifiers, node: node)
        }
        if let node = decl.as(EnumDeclSyntax.self) {
            return lowerTypeDecl(.enumeration, name: node.name, generics: node.genericParameterClause, inheritance: node.inheritanceClause,
                                 members: node.memberBlock, modifiers: node.modifiers, node: node)
        }
        if let node = decl.as(ProtocolDeclSyntax.self) { return lowerProtocol(node) }
        if let node = decl.as(ExtensionDeclSyntax.self) { return lowerExtension(node) }
        if decl.is(OperatorDeclSyntax.self) || decl.is(PrecedenceGroupDeclSyntax.self) {
            // Recorded before the cell's statements are lowered (`declareOperators`); at the top level only.
            if decl.parent?.parent?.parent?.is(SourceFileSyntax.self) != true {
                unsupported(.nestedOperatorDeclaration, decl.is(OperatorDeclSyntax.self) ? "operator" : "precedencegroup", decl)
            }
            return nil
        }
        let keyword: String
        switch decl.kind {
        case .protocolDecl: keyword = "protocol"
        case .structDecl: keyword = "struct"
        case .classDecl: keyword = "class"
        case .enumDecl: keyword = "enum"
        case .extensionDecl: keyword = "extension"
        case .actorDecl: keyword = "actor"
        case .typeAliasDecl: keyword = "typealias"
        case .associatedTypeDecl: keyword = "associatedtype"
        case .macroDecl: keyword = "macro"
        case .macroExpansionDecl: keyword = "macro"
        case .operatorDecl: keyword = "operator"
        case .precedenceGroupDecl: keyword = "precedencegroup"
        case .subscriptDecl: keyword = "subscript"
        case .initializerDecl: keyword = "init"
        case .deinitializerDecl: keyword = "deinit"
        case .ifConfigDecl: keyword = "#if"
        default: keyword = "declaration"
        }
        unsupported(keyword == "macro" ? .macro : keyword == "actor" ? .actor : keyword == "#if" ? .conditionalCompilation : .declarationHere,
                    keyword, decl)
        return .invalid
    }

    func checkModifiers(_ modifiers: DeclModifierListSyntax) {
        for modifier in modifiers {
            let name = modifier.name.text
            if !["private", "fileprivate", "internal", "public"].contains(name) {
                unsupported(.modifier, name, modifier)
            }
        }
    }

    func lowerVariable(_ node: VariableDeclSyntax) -> Stmt {
        checkModifiers(node.modifiers)
        let builder = computedResultBuilder(node)
        if builder == nil, let wrapped = lowerWrappedLocal(node) { return wrapped }
        let wrapperCheck = builder == nil ? topLevelWrapperCheck(node) : nil
        if wrapperCheck == nil, builder == nil { for attribute in node.attributes { unsupported(.attribute, attribute) } }
        let isLet = node.bindingSpecifier.text == "let"
        var statements: [Stmt] = wrapperCheck.map { [.expression($0)] } ?? []
        for (index, binding) in node.bindings.enumerated() {
            if let block = binding.accessorBlock {
                let type = Lowering.typeAnnotation(of: node.bindings, at: index).map { lowerType($0.type) }
                if let lowered = lowerAccessorVariable(binding, block, isLet: isLet, type: type) {
                    statements.append(Lowering.attaching(builder, to: lowered))
                }
                continue
            }
            let pattern = lowerPattern(binding.pattern)
            let annotation = Lowering.typeAnnotation(of: node.bindings, at: index)
            let type = annotation.map { lowerType($0.type) }
            var value = binding.initializer.map { lowerExpr($0.value) }
            // `var x: T?` (or `T!`) without a value starts as nil, as in Swift; `Optional<T>` spelled out does not.
            if value == nil, !isLet, let syntax = annotation?.type,
               syntax.is(OptionalTypeSyntax.self) || syntax.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
                value = Expr(.nilLiteral, at: loc(binding.pattern))
            }
            statements.append(.variable(isLet: isLet, pattern: pattern, type: type, value: value,
                                        location: loc(binding.pattern)))
        }
        return statements.count == 1 ? statements[0] : .block(statements)
    }

    /// The type annotation that applies to the binding at `index`: its own, or, for a name without annotation
    /// or initializer in a list like `var x, y: Double`, the next annotation in the list (as in Swift).
    static func typeAnnotation(of bindings: PatternBindingListSyntax, at index: Int) -> TypeAnnotationSyntax? {
        let list = Array(bindings)
        if let own = list[index].typeAnnotation { return own }
        guard list[index].initializer == nil, list[index].accessorBlock == nil else { return nil }
        for next in list[(index + 1)...] {
            if let annotation = next.typeAnnotation { return annotation }
            if next.initializer != nil || next.accessorBlock != nil { return nil }
        }
        return nil
    }

    func lowerFunction(_ node: FunctionDeclSyntax, memberModifiers: Set<String> = []) -> FunctionDecl? {
        for modifier in node.modifiers where !memberModifiers.contains(modifier.name.text) {
            if !["private", "fileprivate", "internal", "public"].contains(modifier.name.text) {
                unsupported(.modifier, modifier.name.text, modifier)
            }
        }
        checkOperatorDeclared(node)
        let decl = lowerFunctionParts(name: Lowering.operatorFunctionName(node), at: loc(node.name), attributes: node.attributes,
                                      generics: nil, signature: node.signature, body: node.body,
                                      node: node)
        decl?.isRestricted = node.modifiers.contains { ["private", "fileprivate"].contains($0.name.text) }
        if let selfType = selfTypes.last ?? nil, selfType.isDynamic,
           node.signature.returnClause?.type.as(IdentifierTypeSyntax.self)?.name.text == "Self" {
            decl?.returnsSelf = true
        }
        if let clause = node.genericWhereClause, node.genericParameterClause == nil { decl?.genericRequirements = lowerWhereClause(clause) }
        if let decl, let clause = node.genericParameterClause, !lowerMemberGenerics(clause, node.genericWhereClause, into: decl) { return nil }
        return decl
    }

    /// Lowers an initializer of a type (its body's positions are those of the cell, like every other node).
    func lowerInitializer(_ node: InitializerDeclSyntax, classModifiers: Set<String> = []) -> FunctionDecl? {
        for modifier in node.modifiers where !classModifiers.contains(modifier.name.text)
            && !["private", "fileprivate", "internal", "public"].contains(modifier.name.text) {
            unsupported(.modifier, modifier.name.text, modifier)
        }
        let decl = lowerFunctionParts(name: "init", at: loc(node.initKeyword), attributes: node.attributes,
                                      generics: nil, signature: node.signature, body: node.body,
                                      node: node)
        if let decl, let clause = node.genericParameterClause, !lowerMemberGenerics(clause, node.genericWhereClause, into: decl) { return nil }
        return decl
    }

    /// Lowers a function's signature and body, read in place from the cell's tree.
    func lowerFunctionParts(name: String, at location: SourceLocation, attributes: AttributeListSyntax,
                            generics: GenericParameterClauseSyntax?, signature: FunctionSignatureSyntax,
                            body: CodeBlockSyntax?, node: some SyntaxProtocol, isRequirement: Bool = false) -> FunctionDecl? {
        let builder = functionResultBuilder(attributes, name: name, isRequirement: isRequirement)
        if let generics {
            unsupported(.genericRequirementMember, generics)
        }
        let throwing = isThrowing(signature.effectSpecifiers)
        if body == nil, !isRequirement {
            // swiftc: at the name of a function, at the `init` keyword of an initializer.
            report(name == "init" ? .functionWithoutBody(of: "initializer") : .functionWithoutBody(), at: location)
            return nil
        }
        var parameters: [FunctionDecl.Parameter] = []
        for parameter in signature.parameterClause.parameters {
            let first = parameter.firstName.text
            let second = parameter.secondName?.text
            if first == "_", parameters.last?.isVariadic == true {
                error(.unlabelledAfterVariadic, parameter.secondName ?? parameter.firstName)
            }
            var typeSyntax = parameter.type
            var isInout = false, isEscaping = false
            let isAutoclosure = Lowering.hasAutoclosure(typeSyntax)
            if let attributed = typeSyntax.as(AttributedTypeSyntax.self) {
                refuseExcludedSpecifiers(attributed)
                for specifier in attributed.specifiers {
                    if case .simpleTypeSpecifier(let simple) = specifier, simple.specifier.text == "inout" {
                        isInout = true
                    }
                }
                isEscaping = attributed.attributes.contains { $0.trimmedDescription == "@escaping" }
                typeSyntax = attributed.baseType
            }
            parameters.append(FunctionDecl.Parameter(
                label: first == "_" ? nil : first,
                name: second ?? first,
                type: lowerType(typeSyntax),
                defaultValue: parameter.defaultValue.map { lowerExpr($0.value) },
                isInout: isInout,
                isVariadic: parameter.ellipsis != nil,
                location: loc(parameter), isAutoclosure: isAutoclosure, isEscaping: isEscaping,
                resultBuilder: parameterResultBuilder(parameter)))
        }
        let returnType = signature.returnClause.map { lowerType($0.type) }
        let returnsValue = !Lowering.isVoidType(signature.returnClause?.type)
        let decl = FunctionDecl(name: name, parameters: parameters, returnType: returnType,
                                body: body.map { lowerValueBody($0.statements, returnsValue: returnsValue) } ?? [], location: location)
        decl.closingBrace = body.map { loc($0.rightBrace) }
        decl.resultBuilder = builder
        decl.isThrowing = throwing
        decl.thrownType = throwing ? thrownType(signature.effectSpecifiers) : nil
        decl.throwsNever = signature.effectSpecifiers?.throwsClause?.type.map(Lowering.isNever) ?? false
        decl.isRethrowing = throwing && isRethrowing(signature.effectSpecifiers, parameters)
        return decl
    }
}
