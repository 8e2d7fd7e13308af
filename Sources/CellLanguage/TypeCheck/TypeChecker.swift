import Diagnostics

/// The type-checking pass: runs after the resolve pass and after the compiler has declared the cell's types and
/// function signatures, before any code is generated, and gives expression nodes their static types in one walk of
/// the cell (`CheckedTypes`). It never compiles and never builds closures: it reads the cell's `Resolution`, the
/// compiler's declaration tables (user types, function signatures, earlier cells' globals) read-only and the
/// standard-library tables (`StdlibTables`). It reports the type errors it is certain of, in the generator's kinds
/// and words (`TypeChecker+Diagnostics`). Checking counts against the cell's compile deadline (`CompileBudget`): once it
/// has passed, the checker leaves every further node unknown and the cell reports its time limit.
///
/// Bidirectional: the contextual type flows down (`let x: Double = 1` makes the literal a Double, an annotation types
/// `[]`, a callee's signature types its arguments and closure parameters). Where it cannot decide a node's type the
/// answer is nil (unknown), unknown propagates up and nothing is recorded: the checker never guesses. What it covers
/// is measured against the generator's own records by the type-check oracle (`TypeCheckAgreement`).
///
/// Bodies that compile once per specialization are checked once per specialization the cell calls, their types
/// kept apart (`TypeChecker+Generics.swift`), and once under the generator's placeholders for their type parameters
/// when the generator checks them with those (`TypeChecker+PlaceholderBodies.swift`). Member bodies of non-generic types, of their extensions and of
/// extensions of built-in types are checked with `self` and the members named without it (`TypeChecker+TypeBodies`,
/// `+ImplicitMembers`). Result-builder bodies are checked in their transformed form, `@autoclosure` arguments in
/// their wrapping closure (`TypeChecker+ResultBuilders`). Extensions of protocols with associated types (and
/// `extension Array`) are checked once per conforming type (`TypeChecker+ProtocolExtensions`). The underlying type
/// of an opaque result over a built-in collection protocol or a protocol with associated types is inferred from the
/// body (`TypeChecker.inferredResult`), before the function is declared.
final class TypeChecker {
    /// The compiler whose declarations are read (never changed).
    unowned let compiler: Compiler
    let resolution: Resolution
    /// The result.
    private(set) var checked: CheckedTypes
    /// The types of the cell's declarations the checker knows, by index into `resolution.declarations`.
    var declarationTypes: [Int: CType] { checked.declarations }
    /// Declarations by name and position (to find the index a `let` or parameter declares; a subscript's getter and
    /// setter declare its parameters at the same position).
    /// Keyed like `Compiler.declaredScopes` (one key type: one lookup of its conformance by the runtime).
    private var declarationAt: [DeclaredLocal: [Int]] = [:]
    /// What the body being checked is (its result, its `self`, its specialization): see `BodyContext`.
    var bodyContext = BodyContext()
    /// The operators the notebook declares (operator functions, static operators of its types and of extensions of
    /// built-in types): the checker leaves their uses unknown.
    let declaredOperators: Set<String>
    /// The declared function the call being checked resolved to (set by `call`, taken by `check`).
    var resolvedCallee: FunctionInfo?
    /// The overload the call being checked chose among several of its name's (set by `declaredCall` and
    /// `concreteOrGenericCall`, taken by `check`, which records it where the generator selects it).
    var chosenOverload: OverloadChoice?
    /// The mistake of a member call none or several of whose overloads take the arguments (set by `declaredCall`,
    /// reported by `check` where the generator would select the overload).
    var overloadMistake: CompileError?
    /// Whether the initializer the delegation just checked (`self.init(…)`, `super.init(…)`) may fail (set by the
    /// delegation, read by the `!` after it: `TypeChecker.forcedDelegation`).
    var delegatedToFailable: Bool?
    /// Set while the operand of `self.init(…)!` is checked: a failable initializer is then a valid delegate.
    var forcesDelegation = false
    /// The links of the optional chain being checked (`Compiler.optionalChainSpine`): typed with a context.
    var chainSpine = IdentitySet<Expr>()
    /// The types of the static stored properties of the cell's types, by type and name (the compiler declares them
    /// when the type's bodies compile, after the checker ran).
    var staticFieldTypes = IdentityTable<UserType, [String: CType]>()
    /// The generic bodies already checked, by declaration and type arguments.
    var specializedBodies: Set<SpecializedBody> = []
    /// The getters of the generic subscripts of templates, as the generator registers them when it adds a template to a
    /// conforming type (`Compiler.registerGenericMembers`), by the subscript's position (`templateGenericSubscripts`).
    var templateSubscriptGetters: [SourceLocation: FunctionDecl] = [:]
    /// How many mistakes `report` left unreported in generic bodies checked per specialization (their check with
    /// placeholders reports them, worded against the type parameters): an opaque result's inference counts them.
    var mistakesLeftToPlaceholderChecks = 0
    /// Specializations inferred from constructions (`Node(4)`) that do not exist yet, by template and type arguments:
    /// the compiler makes them and checks the cell again (`TypeChecker+GenericValues`).
    var wantedSpecializations: [(template: TypeDecl, arguments: [CType])] = []
    /// The type declarations at the cell's top level (the bodies this cell's resolution covers).
    private(set) var cellTypeDeclarations = IdentitySet<TypeDecl>()
    /// The native binding or operator the node being checked resolved to (set by the native checks, taken by `check`).
    var resolvedNative: CalleeResolution?
    /// Whether the assignment being checked is used as a value (`(a?.b = c) != nil`: `()?`).
    var assignmentIsValue = false
    /// The declarations typed `T!` (by index into `resolution.declarations`), and the nodes whose parent forces
    /// their implicitly unwrapped read (`TypeChecker+ImplicitlyUnwrapped`).
    var implicitlyUnwrappedDeclarations = Set<Int>()
    var forcedReads = IdentitySet<Expr>()
    /// The signatures of the nested functions checked so far, by declaration index (`TypeChecker+NestedFunctions`).
    var nestedFunctions: [Int: NestedFunctionSignature] = [:]
    /// The signatures of nested functions that share their name with another of the same body, by declaration.
    var overloadedNestedFunctions: [Int: NestedFunctionSignature] = [:]
    /// The types of the hidden variables of the transformed result-builder body being checked, by name
    /// (`TypeChecker+ResultBuilders`).
    var builderVariables: [String: CType] = [:]
    /// The variables declared with accessors (computed, or observed), by declaration index: a `weak`/`unowned`
    /// capture refuses them (`TypeChecker+CaptureLists`).
    var accessorDeclarations = Set<Int>()
    /// The `let` declarations with a value (by declaration index): changing them is a mistake (`TypeChecker+ConstantDiagnostics`).
    var initializedConstants = Set<Int>()
    /// The `let` declarations without a value (`let x: Int`), by declaration index (`TypeChecker+ConstantDiagnostics`).
    var constantsWithoutValue = Set<Int>()
    /// The constants swiftc calls `immutable`, not `'let' constant`: a `switch` case's and a `catch` clause's bindings.
    var immutableBindings = Set<Int>()
    /// The tuple pattern of the condition being checked and its value's type (`TypeChecker+Patterns`).
    var conditionTuplePattern: (pattern: CasePattern, type: CType)?
    /// The parameters that are not `inout` (by declaration index): passing them `inout` is a mistake
    /// (`TypeChecker+InoutArguments`).
    var constantParameters = Set<Int>()
    /// The closure parameters that are constants (by declaration index): all but one written `inout` and the first
    /// parameter of the closures in `inoutFirstParameterClosures` (`TypeChecker+ConstantDiagnostics`).
    var constantClosureParameters = Set<Int>()
    /// While a `switch` used as a value (a closure called at once) is checked: the type its context expects (nil:
    /// none); nil outside one (`TypeChecker+NilLiterals`).
    var switchValueContext: CType??
    /// The closures given to `reduce(into:_:)` and `sequence(state:next:)`, whose first parameter is `inout`.
    var inoutFirstParameterClosures = IdentitySet<ClosureLiteral>()
    /// The arguments of the library-overload call being decided, typed once without a context
    /// (`TypeChecker+LibraryOverloads`): checking one again without a context, or against the type it has, reads
    /// it here instead of walking it again (nested `max(max(…), 1)` beside a cell's `max` stays linear).
    var settledArguments = IdentityTable<Expr, CType>()
    /// The nodes in `settledArguments`, in the order they were settled (each name call removes its own on return).
    var settledStack: [Expr] = []
    /// The variables declared with a getter alone (by declaration index; `TypeChecker+GetOnlyDiagnostics`).
    var getOnlyVariables = Set<Int>()
    /// Set by `functionReference` when the name it typed names a function of one overload, whose type no context
    /// changes: `check` records it as typed without a contextual type (the generator asks it alone).
    var functionTypedAlone = false
    /// Whether the body being checked is a generic body under the generator's placeholders for its type parameters
    /// (`Compiler.typeCheckPlaceholderBody`): no native overload is chosen by position there (the position's choice
    /// is the specializations' that run).
    var checksPlaceholders = false
    /// The closure literals given to a standard-library member (`TypeChecker+ClosureArity`): their context type
    /// throws, as the member rethrows.
    var rethrowingClosureArguments = IdentitySet<Expr>()
    /// The call being checked (innermost), where a call of a function value reports its arguments' mistakes.
    var callBeingChecked: Expr?
    /// The call the call being checked is an argument of, when it is checked as that call's argument (nil otherwise).
    var enclosingCall: Expr?
    /// The lazy wrappers (`ReversedCollection`, …) the variables declared from one without a type hold, by
    /// declaration index (`TypeChecker+LazyWrappers`).
    var lazyWrapperDeclarations: [Int: String] = [:]
    /// The expressions checked in a context that changes how swiftc words their mistakes (`ValueContext`).
    var valueContexts = IdentityTable<Expr, ValueContext>()
    /// The array literals without a context typed `[Any]` for their mixed elements (`TypeChecker+AnyLiterals`).
    var defaultedAnyLiterals = IdentitySet<Expr>()
    /// The `nil` literals checked against a type they cannot stand for in a place no rule of its own words, with that
    /// type, reported once the cell is checked where nothing else was (`TypeChecker.reportUnplacedNils`).
    var unplacedNils: [(literal: Expr, expected: CType)] = []
    /// The array literals without a context whose rows are typed `[Any]` (`[[1], ["s"]]`, `TypeChecker+AnyLiterals`).
    var anyRowLiterals = IdentitySet<Expr>()

    /// Whether a global name is an operator function's: `+++`, or `postfix---` for a postfix operator.
    private static func namesOperator(_ name: String) -> Bool {
        let symbol = name.hasPrefix(Expr.postfixOperatorPrefix) ? name.dropFirst(Expr.postfixOperatorPrefix.count) : Substring(name)
        return symbol.first.map { !$0.isLetter && $0 != "_" } ?? false
    }

    /// A checker for the cell `resolution` describes, reading `compiler`'s declarations.
    init(compiler: Compiler, resolution: Resolution, capacity: Int) {
        self.compiler = compiler
        self.resolution = resolution
        checked = CheckedTypes(capacity: capacity)
        var operators = Set(compiler.globalScope.names.keys.filter(Self.namesOperator))
        for type in Array(compiler.declarations.userTypes.values) + Array(compiler.protocolState.builtinExtensions.values) {
            operators.formUnion(type.staticMethods.keys)
        }
        declaredOperators = operators
        for (index, declaration) in resolution.declarations.enumerated() {
            declarationAt[DeclaredLocal(name: declaration.name, location: declaration.location), default: []].append(index)
        }
    }

    /// Checks the cell's statements and returns the types found.
    func check(_ statements: [Stmt]) -> CheckedTypes {
        for case .typeDeclaration(let decl) in statements { cellTypeDeclarations.insert(decl) }
        checkJumps(statements)  // TypeChecker+JumpDiagnostics
        // As the generator compiles them: top-level functions, and the member bodies of types that use globals
        // declared after them, once every top-level statement has given its names their types.
        var later: [Stmt] = []
        for statement in statements {
            switch statement {
            case .function: later.append(statement)
            case .typeDeclaration(let decl) where resolution.typesUsingLaterGlobals.contains(decl): later.append(statement)
            default: self.statement(statement)
            }
        }
        for statement in later { self.statement(statement) }
        remainingSpecializedMembers()  // TypeChecker+GenericTypes
        checkThrowing(statements)  // TypeChecker+ThrowDiagnostics
        reportUnplacedNils()  // TypeChecker+NilLiterals
        assert(!checked.isInTrial, "every trial check is rolled back or committed")
        return checked
    }

    /// Forgets the types found (the generator's type table holds them): `extending` hands them back, so that
    /// checking more does not copy every table.
    func dropResult() {
        checked = CheckedTypes()
    }

    /// Runs `body`, more checking of the cell, with `table` (the types found so far) as the checker's result, then
    /// hands the table back; `placeholders`: `body` checks a generic body under the generator's placeholders.
    func extending(_ table: inout CheckedTypes, placeholders: Bool, _ body: () -> Void) {
        swap(&checked, &table)
        let saved = checksPlaceholders
        checksPlaceholders = placeholders
        body()
        reportUnplacedNils()  // TypeChecker+NilLiterals
        checksPlaceholders = saved
        swap(&checked, &table)
    }

    // MARK: Trials

    /// Opens a trial check of what follows (inside the open one, if any): undone by `rollback(to:)`, kept by
    /// `commit`. It costs the records, reports and declarations' types it changes (`CheckedTypes.TrialMark`).
    func beginTrial() -> CheckedTypes.TrialMark {
        checked.beginTrial()
    }

    /// Undoes what the checker recorded, reported and declared since `mark` and closes its trial; returns what
    /// redoes it (`reapply`).
    @discardableResult
    func rollback(to mark: CheckedTypes.TrialMark) -> [CheckedTypes.Change] {
        let undone = checked.rollback(to: mark)
        compiler.compileCounts.trialJournalEntries += undone.count
        return undone
    }

    /// Keeps what the checker found since `mark` and closes its trial.
    func commit(_ mark: CheckedTypes.TrialMark) {
        compiler.compileCounts.trialJournalEntries += checked.commit(mark)
    }

    /// Makes again what a rollback undid (`rollback(to:)`'s answer).
    func reapply(_ undone: [CheckedTypes.Change]) {
        checked.reapply(undone)
    }

    /// `body`'s answer, checked on trial: kept when `keeps` accepts it, otherwise undone (and nil).
    func onTrial<T>(_ body: () -> T?, keepingIf keeps: (T) -> Bool) -> T? {
        let mark = beginTrial()
        guard let answer = body(), keeps(answer) else {
            rollback(to: mark)
            return nil
        }
        commit(mark)
        return answer
    }

    // MARK: Recording

    /// Records the overload the call `expr` chose, where the generator selects it (`overloadSites`), in the body's
    /// specialization (`[:]` outside generic bodies).
    func recordOverload(_ choice: OverloadChoice, for expr: Expr) {
        guard let (locations, arguments) = Self.overloadSites(of: expr) else { return }
        for location in locations {
            checked.recordOverload(choice, at: OverloadSite(location: location, arguments: arguments, bindings: specialization ?? [:]))
        }
    }

    /// Where the generator selects the overload of the call `expr`: at its callee's name (also at the call's start for
    /// `self.init(…)` and `super.init(…)`, selected there too) or a subscript's `[`; with its arguments. Nil for any
    /// other node.
    static func overloadSites(of expr: Expr) -> (locations: [SourceLocation], arguments: [Argument])? {
        switch expr.kind {
        case .call(let callee, let arguments):
            guard case .member(_, let name, let nameLocation) = callee.kind else { return ([callee.location], arguments) }
            return (name == "init" ? [nameLocation, expr.location] : [nameLocation], arguments)
        case .subscriptAccess(_, let arguments):
            return ([expr.location], arguments)
        default:
            return nil
        }
    }

    /// Records whether the call at `location` calls the cell's function or the library's (`LibraryOverloadChoice`).
    func recordLibraryChoice(_ choice: LibraryOverloadChoice, at location: SourceLocation) {
        guard specialization == nil else { return }  // a choice by position would hold for every specialization
        checked.recordLibraryChoice(choice, at: location)
    }

    /// Records the native binding or operator `node` resolved to (the oracle compares it; the generator takes an
    /// overload chosen by argument types or an operator from `at`).
    func recordNative(_ resolution: CalleeResolution, for node: Expr?, chosenAt location: SourceLocation?) {
        checked.recordNative(resolution, for: node, chosenAt: checksPlaceholders ? nil : location)
    }

    /// Records the type `node` has alone, checked apart from the contextual type it is checked against.
    func recordAlone(_ node: Expr, _ type: CType) {
        checked.recordAlone(node, type: type, in: specialization ?? [:])
    }

    /// Records the type the literal `node` has alone (`TypeChecker.recordLiteralAlone`).
    func recordLiteralAlone(_ node: Expr, _ type: CType) {
        checked.recordLiteralAlone(node, type: type)
    }

    /// Records the type the literal receiver `node` takes from its member (`literalReceiverType`).
    func recordLiteralReceiver(_ node: Expr, _ type: CType) {
        checked.recordLiteralReceiver(node, type: type)
    }

    /// Records whether an error leaves the closure literal `node` (`recordClosureThrows`).
    func noteClosureThrows(_ node: Expr, _ throwsOut: Bool) {
        checked.recordClosureThrows(node, throwsOut)
    }

    /// Records the contextual type the checker decided for `node` by a language rule (`CheckedTypes.decidedContext`),
    /// in the body's specialization (`[:]` outside generic bodies), from the types `basis` the rule read;
    /// `bothOperands`: an operator's two operands share it.
    func recordDecidedContext(_ node: Expr, _ type: CType?, basis: [CType?], bothOperands: Bool = false) {
        let decided = DecidedContext(type: type, basis: basis, bothOperands: bothOperands)
        checked.recordDecidedContext(node, decided, in: specialization ?? [:])
    }

    /// Records that `node`, an operand compared with `nil`, is of no optional type, in the body's specialization
    /// (`CheckedTypes.isNonOptionalNilOperand`).
    func recordNonOptionalNilOperand(_ node: Expr) {
        checked.recordNonOptionalNilOperand(node, in: specialization ?? [:])
    }

    /// Records the type arguments `bindings` the checker bound for a call with `arguments` of the generic declaration
    /// named `name` at `location` (`CheckedTypes.genericBindings`; none for a call without arguments), in the body's
    /// specialization.
    func recordGenericBindings(_ bindings: [String: CType], _ arguments: [Argument], of name: String, at location: SourceLocation) {
        guard let first = arguments.first?.value else { return }
        let key = GenericBindingsKey(name: name, location: location, specialization: specialization ?? [:])
        checked.recordGenericBindings(bindings, first: first, of: key)
    }

    /// Records whether a plain member (an extension's subscript of a built-in type) takes `arguments` as they are
    /// (`CheckedTypes.plainMemberFits`; not for a call without arguments), in the body's specialization.
    func recordPlainMemberFits(_ fits: Bool, _ arguments: [Argument]) {
        guard let first = arguments.first?.value else { return }
        checked.recordPlainMemberFits(fits, first: first, in: specialization ?? [:])
    }

    /// Records the type of the closure argument `node` of a generic call for inferring its type arguments.
    func recordClosureArgument(_ node: Expr, _ type: CType) {
        checked.recordClosureArgument(node, type: type, in: specialization ?? [:])
    }

    /// Records `type`, the array of its elements a `Sequence` method on the receiver `base` is called on.
    func recordSequenceArray(_ base: Expr, _ type: CType) {
        checked.recordSequenceArray(base, type: type, in: specialization ?? [:])
    }

    /// Records `type` for `expr` (nothing when unknown) and returns it.
    @discardableResult
    func record(_ expr: Expr, _ type: CType?, expected: CType?, callee: FunctionInfo? = nil, asLink: Bool = false) -> CType? {
        guard let type, !type.hasError else { return nil }
        // A node inside a chain that is none of its links types as it would alone; a link, as the chain's link
        // (`asLink`: a link of an assignment's target, `a?.b = c`, typed as a place).
        let isLink = chainSpine.contains(expr)
        if let specialization {
            checked.recordSpecialized(expr, type: type, bindings: specialization, withoutContext: expected == nil && !isLink && !asLink)
            return type
        }
        checked.record(expr, type: type, withoutContext: expected == nil && !isLink,
                       asLink: asLink || (expected == nil && isLink), callee: callee)
        return type
    }

    /// Reports the type error `kind` at `location` (see `TypeChecker+Diagnostics`).
    func report(_ kind: CompileError, at location: SourceLocation) {
        // Generic bodies checked per specialization and protocol extensions' bodies: the generator's to report (a
        // specialization's mistake would be worded against its type arguments). A generic function's body
        // or a generic type's members checked under the placeholders are worded against the type parameters, as swiftc
        // words them: the checker's.
        guard specialization == nil || bodyContext.reportsPlaceholderMistakes,
              genericSelf == nil || bodyContext.reportsPlaceholderMistakes,
              protocolSelf == nil || bodyContext.reportsPlaceholderMistakes else {
            mistakesLeftToPlaceholderChecks += 1
            return
        }
        checked.report(kind.diagnostic(at: location))
    }

    /// Reports `kind` at `location` once, also in a generic body checked per specialization or a protocol extension's
    /// (for mistakes whose wording does not depend on the type arguments: an unknown name).
    func reportInEveryBody(_ kind: CompileError, at location: SourceLocation) {
        let diagnostic = kind.diagnostic(at: location)
        if !checked.hasReported(diagnostic) { checked.report(diagnostic) }
    }

    /// Reports `kind` as a warning at `location` (valid Swift that swiftc warns about), where `report` would report it.
    func warn(_ kind: CompileError, at location: SourceLocation) {
        guard specialization == nil || bodyContext.reportsPlaceholderMistakes, genericSelf == nil, protocolSelf == nil else { return }
        checked.report(.warning(kind.message, at: location, notes: kind.notes))
    }

    // MARK: Declarations

    /// Gives the declaration of `name` at `location` the type `type` (when known).
    func declare(_ name: String, at location: SourceLocation, _ type: CType?) {
        if Self.isBuilderVariable(name) { builderVariables[name] = type?.hasError == false ? type : nil }
        for index in declarationAt[DeclaredLocal(name: name, location: location)] ?? [] {
            checked.recordDeclaration(type?.hasError == false ? type : nil, at: index)
        }
    }

    /// The index of the declaration of `name` at `location`, if the cell declares it there.
    func declarationIndex(_ name: String, at location: SourceLocation) -> Int? {
        declarationAt[DeclaredLocal(name: name, location: location)]?.first
    }

    /// Gives the names a binding pattern declares the parts of `type`.
    func declare(_ pattern: BindingPattern, _ type: CType?) {
        switch pattern {
        case .name(let name, let location):
            declare(name, at: location, type)
        case .wildcard:
            break
        case .tuple(let items):
            var elements: [TupleElement]?
            if case .tuple(let parts)? = type, parts.count == items.count { elements = parts }
            for (index, item) in items.enumerated() { declare(item, elements?[index].type) }
        }
    }

    /// The type a written type names, when the checker can tell without asking the compiler to resolve it (built-in
    /// types, non-generic declared structs, classes and enums, and arrays, optionals, dictionaries, tuples and
    /// functions of those); nil otherwise.
    func resolve(_ type: TypeExpr) -> CType? {
        switch type {
        case .named(let name, let location):
            if let bound = specialization?[name] { return bound }
            if let aliased = builderTypeAlias(name) ?? aliasedType(named: name) { return aliased }
            if let range = CType.rangeType(named: name) { return range }
            if name.hasSuffix(">"), let instance = specializedInstance(named: name) { return .user(instance) }
            if name.hasSuffix(">"), writtenSpecializationMistake(name, at: location) { return nil }  // TypeChecker+GenericRequirements
            if let slice = arraySliceType(named: name) { return slice }
            if let iterator = compiler.libraryIteratorType(name, resolve: { resolve(Compiler.parseTypeText($0, at: SourceLocation(line: 0, column: 0))) }) {
                return iterator
            }
            if compiler.declarations.typeAliases[name] == nil,
               let builtin = CType.plainBuiltin(named: name == "UnicodeScalar" ? "Unicode.Scalar" : name) { return builtin }
            if compiler.declarations.typeAliases[name] == nil, compiler.declarations.userTypes[name] == nil,
               let kind = IntegerKind(name: name) { return .integer(kind) }
            if compiler.declarations.typeAliases[name] == nil, let proto = protocolType(named: name) { return proto }
            if let any = anyType(named: name) { return any }
            if let nested = nestedType(named: name) { return .user(nested) }
            if let opaque = writtenOpaqueType(named: name, at: location) { return opaque }  // TypeChecker+OpaqueTypes
            if refusedOpaqueType(named: name, at: location) { return nil }  // TypeChecker+OpaqueTypes
            if let refused = refusedProtocolType(named: name, at: location) { return refused }  // TypeChecker+Protocols
            if let native = nativeType(named: name) { return native }  // TypeChecker+Native
            if reportsMissingMemberType(name, at: location) { return nil }  // TypeChecker+NameDiagnostics
            if refusedComposition(named: name, at: location) { return nil }  // TypeChecker+Protocols
            if let composition = composition(named: name, at: location) { return composition }  // TypeChecker+Compositions
            guard !name.contains("<"), !name.contains("."), compiler.declarations.typeAliases[name] == nil,
                  compiler.protocolState.genericTypes[name] == nil,
                  let user = compiler.declarations.userTypes[name], user.kind != .protocolType else {
                unspecializedGenericType(name, at: location)  // TypeChecker+GenericRequirements
                unknownTypeName(type)  // TypeChecker+NameDiagnostics
                return nil
            }
            return .user(user)
        case .array(let element): return resolve(element).map { .array($0) }
        case .optional(let wrapped): return resolve(wrapped).map { .optional($0) }
        case .implicitlyUnwrapped: return nil
        case .dictionary(let keyExpr, let value):
            guard let key = resolve(keyExpr), hashable(key, written: keyExpr), let value = resolve(value) else { return nil }
            return .dictionary(key, value)
        case .set(let elementExpr):
            guard let element = resolve(elementExpr), hashable(element, written: elementExpr) else { return nil }
            return .set(element)
        case .function(let parameters, let result):
            let types = parameters.compactMap(resolve)
            guard types.count == parameters.count, let result = resolve(result) else { return nil }
            return .function(types, result)
        case .throwingFunction(let parameters, let result):
            let types = parameters.compactMap(resolve)
            guard types.count == parameters.count, let result = resolve(result) else { return nil }
            return .throwingFunction(types, result)
        case .tuple(let labels, let elements):
            if elements.isEmpty { return .void }
            let types = elements.compactMap(resolve)
            guard types.count == elements.count else { return nil }
            return .tuple(zip(labels, types).map { TupleElement(label: $0, type: $1) })
        }
    }

    /// Whether a `Set`'s element or a dictionary's key type is `Hashable`, reported at the written container otherwise
    /// (`type '(Int, Int)' does not conform to protocol 'Hashable'`, as swiftc words it).
    private func hashable(_ type: CType, written: TypeExpr) -> Bool {
        if type.isHashable || type.hasError { return true }
        let location = compiler.containerLocation(of: written)
        if specialization == nil || bodyContext.reportsPlaceholderMistakes, location.line > 0 { reportOnce(.notHashable(type), at: location) }
        return false
    }

    /// The type of the declaration a name use refers to, when known: a declaration of this cell the checker typed,
    /// or a variable of an earlier cell (as its cell recorded it).
    func type(of referent: Referent, named name: String) -> CType? {
        switch referent {
        case .local(let index), .capture(let index), .global(let index):
            return declarationTypes[index]
        case .earlierGlobal:
            guard case .variable(let variable)? = compiler.globalScope.names[name] else { return nil }
            return variable.type
        case .member, .builtin, .unresolved:
            return nil
        }
    }

    /// The kind of declaration a name use refers to, when the cell declares it.
    func declarationKind(of referent: Referent) -> DeclarationKind? {
        referent.declaration.map { resolution.declarations[$0].kind }
    }
}
