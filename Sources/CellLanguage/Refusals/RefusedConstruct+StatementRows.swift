extension RefusedConstruct {
    /// The row of a construct of closures, statements, expressions or the standard library; nil for another group.
    static func row(ofClosuresOrStatements construct: RefusedConstruct) -> Row? {
        switch construct {
        case .captureListValue:
            return Row(.closures, "'capture list with values'",
                       "`[x = y]` copies a value when the closure is made; cells share captured variables (write `let x = y` before it).",
                       example: "let y = 1; let f = { [x = y] in x }", at: "x = y")
        case .captureSpecifier:
            return Row(.closures, "'{} captures'", "`weak` and `unowned` captures are taken; `unowned(unsafe)` is not.",
                       example: "class C {}; let c = C(); let f = { [unowned(unsafe) c] in print(c) }", at: "unowned(unsafe)", "unowned(unsafe)")
        case .captureByValue:
            return Row(.closures, "'capturing a variable by value'",
                       "`{ [n] in … }` of a `var` copies it when the closure is made; cells share captured variables.",
                       example: "var n = 1; let f = { [n] in print(n) }", at: "n] in")
        case .varWithOwnedCaptures:
            return Row(.closures, "using a 'var' of the enclosing function in a closure with weak or unowned captures",
                       "Such a closure keeps its own frame; read the variable into a `let` first.",
                       example: "class C {}; func g() { var n = 1; let c = C(); let f = { [weak c] in print(n, c as Any) }; n = 2; f() }",
                       at: "⌃{ [weak c]")
        case .ownedCaptureOfName:
            return Row(.closures, "'{} capture of this name'", "`weak`/`unowned` captures of an overloaded function's name.",
                       example: "func h() {}; func h(_ x: Int) {}; let f = { [weak h] in print(1) }", at: "h] in", "weak")
        case .ownedCaptureOfOuterVariable:
            return Row(.closures, "'{} capture of a variable of an outer function'", "Only the enclosing function's own names.",
                       example: "class C {}; func g() { let c = C(); func h() { let f = { [weak c] in print(c as Any) }; f() }; h() }",
                       at: "c] in", "weak")
        case .ownedCaptureOfNonClass:
            return Row(.closures, "'{} capture of a value that is not a class instance'", "A class-bound protocol value (`let q: Q`, `protocol Q: AnyObject`) is not captured weakly in cells.",
                       example: "protocol Q: AnyObject {}; class C: Q {}; func g() { let q: Q = C(); let f = { [weak q] in print(q as Any) }; f() }",
                       at: "q] in", "weak")
        case .throwingClosure:
            return Row(.closures, "'throwing closure'",
                       "A closure that throws where its type does not say so and no context gives it `throws` (swiftc: an invalid conversion).",
                       example: "enum E: Error { case a }\nlet f: () -> Int = { throw E.a }", at: "throw E.a")
        case .typedThrows:
            return Row(.closures, "'typed throws'",
                       "`throws(E)` is taken on functions and methods; not yet on closures and function types (a function value keeps no error type).",
                       example: "enum E: Error { case a }; let f: () throws(E) -> Int = { 1 }", at: "throws(E)")
        case .functionReferenceWithLabels:
            return Row(.closures, "'function reference with argument labels'", "A function is named by its base name (`let f = area`).",
                       example: "func area(w: Int, h: Int) -> Int { w * h }; let f = area(w:h:)", at: "(w:h:)")
        case .libraryMethodAsValue:
            return Row(.closures, "the method '{}' of '{}' as a function value (call it in a closure)",
                       "Library methods are compiled per call site; wrap one in a closure (`{ xs.map($0) }`).",
                       example: "let xs = [1]; let m = xs.map", at: "xs.⌃map", "map", "[Int]")
        case .libraryMethodAsValueTaking:
            return Row(.closures, "the method '{}' of '{}' as a function value taking '{}' (call it in a closure)",
                       "As above, for an overloaded method chosen by the parameter type.",
                       example: "let s = \"ab\"; let f: (Substring) -> Bool = s.contains", at: "s.⌃contains", "contains", "String", "(Substring)")
        default:
            return rowOfStatementsOrLibrary(construct)
        }
    }

    /// The row of a statement, an expression or a standard library construct; nil for another group.
    private static func rowOfStatementsOrLibrary(_ construct: RefusedConstruct) -> Row? {
        switch construct {
        case .forTry:
            return Row(.statements, "'try'", "`for try` iterates an asynchronous sequence (excluded with concurrency).",
                       example: "for try x in [1] { print(x) }", at: "try")
        case .fallthroughHere:
            return Row(.statements, "'fallthrough'", "`fallthrough` belongs in a `switch` case.",
                       example: "for i in 0..<1 { fallthrough }", at: "fallthrough")
        case .fallthroughInLastCase:
            return Row(.statements, "'fallthrough' in the last case", "There is no next case to fall into.",
                       example: "switch 1 { case 1: print(1)\ndefault: fallthrough }", at: "⌃default: fallthrough")
        case .fallthroughIntoBindingCase:
            return Row(.statements, "'fallthrough into a case that binds names'", "The next case's names would have no values (swiftc refuses it too).",
                       example: "switch (1, 2) { case (0, _): fallthrough\ncase (let a, _): print(a)\ndefault: break }", at: "case (let a")
        case .ifExpressionCondition:
            return Row(.statements, "'if expression with this condition'", "`if` expressions take Boolean conditions and `let` bindings.",
                       example: "let x: Int? = 1; let y = if case .some(let v) = x { v } else { 0 }", at: "case")
        case .ifExpressionBranch:
            return Row(.statements, "'if expression whose branch is not one expression'", "Each branch of an `if` expression is one expression (or `throw`).",
                       example: "let c = true; let y = if c { print(1); 2 } else { 3 }", at: "{ print")
        case .switchExpressionCase:
            return Row(.statements, "'switch expression whose case is not one expression'", "Each case of a `switch` expression is one expression.",
                       example: "let n = 1; let y = switch n { case 1: print(1); 2\ndefault: 3 }", at: "case 1")
        case .keyPathComponent:
            return Row(.statements, "'this key path'", "Key paths are property chains (`\\.name.count`); not subscripts, optional chaining or methods.",
                       example: "let f: ([Int]) -> Int = \\.[0]", at: ".[0]")
        case .emptyKeyPath:
            return Row(.statements, "'key path'", "A key path names at least one property.", example: nil)
        case .keyPathWrite:
            return Row(.statements, "'writing through a key path'", "Key paths are read as the function from the root to the value.",
                       example: "struct P { var x = 1 }; var p = P(); let k = \\P.x; p[keyPath: k] = 2", at: "[keyPath")
        case .keyPathSubscript:
            return Row(.statements, "the key-path subscript '[keyPath:]'", "A key path is a function here: call it (`k(p)`).", example: nil)
        case .regexLiteral:
            return Row(.statements, "'regex literal'", "Regular expressions need the `_StringProcessing` module, which cells do not have.",
                       example: "let r = #/a+/#", at: "#/a+/#")
        case .floatingPointLiteral:
            return Row(.statements, "the floating-point literal '{}'",
                       "A literal the parser takes but `Double` cannot read (none is known: a parse error is reported first).", example: nil)
        case .moduleQualifiedName:
            return Row(.statements, "the module-qualified name '{}.{}'", "Library names are taken through their module where cells model the call (`Swift.max(1, 2)`); not others.",
                       example: "Swift.print(1)", at: "Swift", "Swift", "print")
        case .catchBindingsWithSeveralPatterns:
            return Row(.statements, "'bindings in a catch clause with several patterns'", "`catch .a(let x), .b(let x)`: bind in one pattern per clause.",
                       example: "enum E: Error { case a(Int), b(Int) }\ndo { throw E.a(1) } catch E.a(let x), E.b(let x) { print(x) } catch {}",
                       at: "catch E.a")
        case .catchingNonError:
            return Row(.statements, "catching a type that does not conform to 'Error'", "Only errors are thrown (swiftc warns that the cast always fails).",
                       example: "struct S {}; do { } catch is S { }", at: "is S")
        case .catchPattern:
            return Row(.statements, "'this catch pattern'", "`catch` takes `let`/`var` bindings, enum case patterns, `is T` and `let x as T`; not parenthesized or optional patterns.",
                       example: "enum E: Error { case a }; do { throw E.a } catch E.a? { print(1) } catch {}", at: "E.a? {")
        case .throwsSpecifier:
            return Row(.statements, "'{}'", "An effect other than `throws`, `rethrows` and `throws(E)` (none is known).", example: nil)
        case .standardLibraryFunction:
            return Row(.library, "the standard library function '{}'", "Global functions of the standard library cells do not provide (listed below), refused at the name rather than as unknown names.",
                       example: "let r = repeatElement(1, count: 3)", at: "repeatElement", "repeatElement")
        case .closedRangeIndices:
            return Row(.library, "'{} of a ClosedRange (its indices are ClosedRange<Int>.Index values): use a half-open range `a..<b + 1` or Array(range)'",
                       "A closed range's indices are a type of their own, which cells do not model.",
                       example: "let r = 1...3; let i = r.firstIndex(of: 2)", at: "r.⌃firstIndex", "firstIndex")
        case .sliceMutation:
            return Row(.library, "'calling {} on an ArraySlice (nbrun does not mutate slices: use Array(…) of it)'",
                       "Slices are read-only views in cells.", example: "var s = [1, 2, 3][0...1]; s.append(4)", at: "s.⌃append", "append")
        case .rangeAssignmentOnSlice:
            return Row(.library, "'assigning to a range of an ArraySlice'", "Slices are read-only views in cells.",
                       example: "var s = [1, 2, 3][0...1]; s[0...0] = [9]", at: "s⌃[0...0]")
        case .unboundedRangeSubscript:
            return Row(.library, "subscripting '{}' with '...' (UnboundedRange)",
                       "`x[...]` is taken on arrays, slices, strings, ranges and tensors; not on dictionaries or declared types.",
                       example: "let d = [\"a\": 1]; let e = d[...]", at: "d⌃[...]", "[String: Int]")
        case .printingLazyWrapper:
            return Row(.library, "'printing {} values (print Array(…) of them)'",
                       "Swift prints the wrapper's structure (`ReversedCollection<Array<Int>>(_base: …)`), which cells do not reproduce.",
                       example: "print([1, 2].reversed())", at: "[1, 2].reversed()", "ReversedCollection<…>")
        default:
            return nil
        }
    }
}
