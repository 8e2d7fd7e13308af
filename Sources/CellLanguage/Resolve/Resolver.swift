import Diagnostics

/// Resolves the names of one cell in a single walk of its lowered statements (see `Resolution`).
///
/// Scopes follow Swift's: a local is visible from its declaration to the end of its block; the cell's top-level
/// declarations, and the functions and types of a block or type body, are visible throughout; an `if let`/`if
/// case` binding only in its `then` block, a `guard` binding after the `guard`; a type body's members in its
/// methods, below their locals and above the enclosing scopes. Lookup is one dictionary access per use: every
/// visible name maps to a stack of declarations, and a scope pops what it pushed.
struct Resolver {
    let context: ResolverContext
    let resolution: Resolution
    /// The declarations visible by name, innermost last.
    private var visible: [String: [Int]] = [:]
    /// The names each open scope declared, innermost last.
    private var scopes: [[String]] = []
    /// The function nesting depth of the code being walked (0: top-level code).
    private(set) var depth = 0
    /// The functions and closures being walked, innermost last (indices into `resolution.functions`).
    private var functionStack: [Int] = []
    /// What each open function captured so far, parallel to `functionStack`.
    private var capturedSets: [Set<Int>] = []
    /// The owning type of each member declaration.
    private var memberOwner: [Int: String] = [:]
    /// The types whose bodies are being walked, innermost last, and whether each extends a type the notebook does
    /// not declare (whose members the resolver does not know).
    var typeStack: [(name: String, extendsBuiltin: Bool)] = []

    init(context: ResolverContext, statements: [Stmt]) {
        self.context = context
        resolution = Resolution()
    }

    // MARK: Scopes

    /// Runs `walk` in a new scope, whose declarations disappear after it.
    mutating func scoped(_ walk: (inout Resolver) -> Void) {
        scopes.append([])
        walk(&self)
        for name in scopes.removeLast() {
            visible[name]?.removeLast()
        }
    }

    /// Runs `walk` as the body of a function or closure declared at `location` (one level deeper).
    mutating func function(_ name: String, _ node: AnyObject?, at location: SourceLocation,
                           _ walk: (inout Resolver) -> Void) {
        let index = resolution.functions.count
        resolution.functions.append(Resolution.Function(name: name, location: location, depth: depth + 1, captures: []))
        if let node { resolution.functionOfNode[node] = index }
        functionStack.append(index)
        capturedSets.append([])
        depth += 1
        scoped(walk)
        depth -= 1
        functionStack.removeLast()
        capturedSets.removeLast()
    }

    /// Declares `name` in the innermost scope and returns its index.
    @discardableResult
    mutating func declare(_ name: String, _ kind: DeclarationKind, at location: SourceLocation) -> Int {
        let index = resolution.declarations.count
        let isTopLevel = scopes.count == 1 && depth == 0 && kind != .member
        resolution.declarations.append(Resolution.Declaration(name: name, kind: kind, location: location, depth: depth,
                                                              isTopLevel: isTopLevel, function: functionStack.last))
        // Overloads: the scope's first function of a name stands for all of them.
        if kind == .function, let previous = visible[name]?.last, resolution.declarations[previous].kind == .function,
           scopes[scopes.count - 1].contains(name) {
            return index
        }
        visible[name, default: []].append(index)
        scopes[scopes.count - 1].append(name)
        return index
    }

    /// Declares the members of type `owner` (visible as implicit members in its bodies).
    mutating func declareMembers(_ names: Set<String>, of owner: String, at location: SourceLocation) {
        for name in names.sorted() {
            memberOwner[declare(name, .member, at: location)] = owner
        }
    }

    /// Whether the walk is at the cell's outermost scope.
    var isTopLevel: Bool { scopes.count == 1 && depth == 0 }

    // MARK: Lookup

    /// What `name` refers to at this point of the walk (recording captures on the way).
    mutating func lookup(_ name: String) -> Referent {
        guard let index = visible[name]?.last else {
            if context.globals.contains(name) { return .earlierGlobal }
            if context.isBuiltin(name) { return .builtin }
            // Inside an extension of a built-in type, an unknown name is one of its members (`isEmpty`, `count`).
            if let type = typeStack.last, type.extendsBuiltin, let first = name.first, first == "_" || first.isLetter {
                return .member(type.name)
            }
            if let first = name.unicodeScalars.first, "+-*/<>=!&|%^~".unicodeScalars.contains(first) { return .builtin }
            return .unresolved
        }
        let declaration = resolution.declarations[index]
        if declaration.kind == .member {
            if let me = visible["self"]?.last { noteCapture(me) }
            return .member(memberOwner[index] ?? "")
        }
        if declaration.isTopLevel { return .global(index) }
        if declaration.depth == depth { return .local(index) }
        noteCapture(index)
        return .capture(index)
    }

    /// The names of the locals visible at this point of the walk: variables, constants and parameters of the enclosing
    /// bodies declared before it (not members, functions or types, which are visible before their declaration); in
    /// top-level code outside type bodies, which compiles in order, the cell's top-level variables declared before it too.
    private func visibleLocals() -> Set<String> {
        var names = Set<String>()
        for (name, indices) in visible {
            guard let index = indices.last else { continue }
            let declaration = resolution.declarations[index]
            switch declaration.kind {
            case .constant, .variable, .parameter, .closureParameter, .captureListEntry:
                if !declaration.isTopLevel || (depth == 0 && typeStack.isEmpty) { names.insert(name) }
            default: break
            }
        }
        return names
    }

    /// Records that every open function deeper than the declaration captures it.
    private mutating func noteCapture(_ index: Int) {
        let declared = resolution.declarations[index].depth
        var position = functionStack.count - 1
        while position >= 0, resolution.functions[functionStack[position]].depth > declared {
            if capturedSets[position].insert(index).inserted {
                resolution.functions[functionStack[position]].captures.append(index)
            }
            position -= 1
        }
    }

    /// Resolves the `.name` expression `expr` named `name`.
    mutating func use(_ expr: Expr, _ name: String, isWrite: Bool = false) {
        // A generic type written as a value (`Node<Int>(…)`) is looked up by its name.
        let referent = name.contains("<") ? lookup(String(name.prefix { $0 != "<" })) : lookup(name)
        switch referent {
        case .member, .builtin, .unresolved:
            // The compiler reads an implicit member through `self`: the `self` in scope here.
            if let me = visible["self"]?.last { resolution.selfOfUse[expr] = me }
            // (An implicit member of a built-in type's extension may be a name nothing declares: the checker asks.)
            if referent == .unresolved || (referent != .builtin && visible[name] == nil) {
                resolution.localsVisibleAtUnresolvedUse[expr] = visibleLocals()
            }
        default:
            break
        }
        resolution.useOfExpr[expr] = resolution.uses.count
        resolution.uses.append(Resolution.Use(name: name, location: expr.location, referent: referent, isWrite: isWrite))
    }

    /// Resolves a name written outside an expression (type names, `if let x`, capture-list entries).
    mutating func use(_ name: String, at location: SourceLocation, isWrite: Bool = false) {
        let referent = lookup(name)
        if referent == .unresolved { resolution.localsVisibleAtUnresolvedLocation[location] = visibleLocals() }
        resolution.useAtLocation[location] = resolution.uses.count
        resolution.uses.append(Resolution.Use(name: name, location: location, referent: referent, isWrite: isWrite))
    }

    // MARK: Cell

    /// Walks the cell: its top-level declarations are visible everywhere in it (script globals).
    mutating func cell(_ statements: [Stmt]) {
        scopes.append([])
        for statement in statements { declareTopLevel(statement) }
        for statement in statements { self.statement(statement) }
        scopes.removeLast()
    }

    /// Declares the names a top-level statement introduces, before the walk.
    private mutating func declareTopLevel(_ statement: Stmt) {
        switch statement {
        case .variable(let isLet, let pattern, _, _, _):
            declarePattern(pattern, isLet ? .constant : .variable)
        case .function(let decl):
            declare(decl.name, .function, at: decl.location)
        case .typeDeclaration(let decl):
            rememberMembers(decl)
            if decl.kind != .extensionType { declare(decl.name, .type, at: decl.location) }
        case .typeAlias(let name, _, let location):
            declare(name, .type, at: location)
        case .guardStatement(let conditions, _, _):
            for condition in conditions { declareCondition(condition) }
        case .block(let statements):
            for inner in statements { declareTopLevel(inner) }
        default:
            break
        }
    }
}
