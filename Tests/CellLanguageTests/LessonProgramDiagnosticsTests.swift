import CellLanguage
import Diagnostics
import XCTest

/// The mistakes around the valid lesson programs session 21 made run (`Golden/generic_sequence_closures`,
/// `Golden/implicitly_unwrapped_places`…), in swiftc's words and at its positions (each checked against swiftc).
final class LessonProgramDiagnosticsTests: XCTestCase {
    private let count = """
    func count<S: Sequence>(_ s: S, where p: (S.Element) -> Bool) -> Int {
        var n = 0
        for x in s where p(x) { n += 1 }
        return n
    }

    """

    func testAClosureTypedByAnAssociatedTypeReportsItsOwnMistakeOnce() {
        XCTAssertEqual(diagnosticLines(count + "print(count([1, 2], where: { $0.count > 1 }))"),
                       ["6:33: value of type 'Int' has no member 'count'"])
    }

    func testAnArgumentWithoutTheAssociatedTypeMissesTheConstraint() {
        XCTAssertEqual(diagnosticLines(count + "print(count(5) { $0 > 1 })"),
                       ["6:7: global function 'count(_:where:)' requires that 'Int' conform to 'Sequence'"])
        XCTAssertEqual(diagnosticLines("""
        func apply<S: Sequence, T>(_ s: S, _ f: (S.Element) -> T) -> [T] { s.map(f) }
        print(apply(5) { $0 })
        """), ["2:7: global function 'apply' requires that 'Int' conform to 'Sequence'"])
    }

    func testAFunctionWithLabelsIsNamedWithThemInAConstraintMistake() {
        XCTAssertEqual(diagnosticLines("""
        struct P {}
        func f<T: Equatable>(x: T) {}
        f(x: P())
        func g<T: Equatable>(_ a: T, b: Int) {}
        g(P(), b: 1)
        struct B { func m<T: Equatable>(x: T) {} }
        B().m(x: P())
        """), ["3:1: global function 'f(x:)' requires that 'P' conform to 'Equatable'",
               "5:1: global function 'g(_:b:)' requires that 'P' conform to 'Equatable'",
               "7:5: instance method 'm(x:)' requires that 'P' conform to 'Equatable'"])
    }

    func testAnAssociatedTypeATypeParameterDoesNotHaveIsNoMemberType() {
        XCTAssertEqual(diagnosticLines("""
        func f<S>(_ s: S, _ p: (S.Element) -> Bool) -> Int { 0 }
        func g<S: Sequence>(_ s: S) -> S.Item? { return nil }
        """), ["1:27: 'Element' is not a member type of type 'S'", "2:34: 'Item' is not a member type of type 'S'"])
    }

    func testAMissingMemberThroughAnImplicitlyUnwrappedVariableNamesTheWrappedType() {
        XCTAssertEqual(diagnosticLines("""
        final class C { var v = 0 }
        var c: C! = C()
        c.w = 2
        c.v = "a"
        """), ["3:3: value of type 'C' has no member 'w'", "4:7: cannot assign value of type 'String' to type 'Int'"])
    }

    private let optimizer = """
    protocol Optimizer { mutating func update(_ params: inout [Double], _ grads: [Double]) }
    struct SGD: Optimizer { var lr: Double; mutating func update(_ params: inout [Double], _ grads: [Double]) { params[0] -= lr } }

    """

    func testAWitnessOfAnInoutRequirementTakesItsParameterInout() {
        XCTAssertEqual(diagnosticLines(optimizer + "struct Bad: Optimizer { mutating func update(_ params: [Double], _ grads: [Double]) {} }"),
                       ["3:8: type 'Bad' does not conform to protocol 'Optimizer'"])
    }

    func testTheArgumentsOfAnInoutRequirementAreCheckedAsAMethodsAre() {
        let cases: [(String, String)] = [
            ("var o: any Optimizer = SGD(lr: 1)\nvar w = [1.0]\no.update(w, [1])",
             "5:10: passing value of type '[Double]' to an inout parameter requires explicit '&'"),
            ("var o: any Optimizer = SGD(lr: 1)\nlet w = [1.0]\no.update(&w, [1])",
             "5:10: cannot pass immutable value as inout argument: 'w' is a 'let' constant"),
            ("let o: any Optimizer = SGD(lr: 1)\nvar w = [1.0]\no.update(&w, [1])",
             "5:3: cannot use mutating member on immutable value: 'o' is a 'let' constant"),
            ("var o: any Optimizer = SGD(lr: 1)\nvar w = [1]\no.update(&w, [1])",
             "5:10: cannot convert value of type '[Int]' to expected argument type '[Double]'"),
            ("var o: any Optimizer = SGD(lr: 1)\nvar w = [1.0]\no.update(&w, [1], 3)", "5:19: extra argument in call"),
        ]
        for (code, swiftc) in cases { XCTAssertEqual(diagnosticLines(optimizer + code), [swiftc], code) }
    }

    func testOptionalsCasesAsMembersAreCheckedAsSwiftcChecksThem() {
        XCTAssertEqual(diagnosticLines("""
        let a = Optional<Int>.some("a")
        let b = .none
        var c: Int? = nil
        c = .some("x")
        let d = Optional<Int>.nothing
        """), ["1:28: cannot convert value of type 'String' to expected argument type 'Int'",
               "2:10: reference to member 'none' cannot be resolved without a contextual type",
               "4:11: cannot convert value of type 'String' to expected argument type 'Int'",
               "5:23: type 'Optional<Int>' has no member 'nothing'"])
    }

    /// nbrun-only refusals (swiftc runs these): unseeded randomness, at its token; key paths as values are read since
    /// session 22 (`Golden/key_path_values`), writing through one is refused (`ValidSwiftDiagnosticsTests`).
    func testUnseededRandomnessIsRefusedClearlyAndKeyPathValuesAreRead() {
        XCTAssertEqual(diagnosticLines("""
        var g = SystemRandomNumberGenerator()
        func f(_ g: inout SystemRandomNumberGenerator) {}
        """), ["1:9: type 'SystemRandomNumberGenerator' is not supported in nbrun cells",
               "2:19: type 'SystemRandomNumberGenerator' is not supported in nbrun cells"])
        XCTAssertEqual(diagnosticLines("""
        struct P { var x: Int }
        func get<T>(_ xs: [P], _ k: KeyPath<P, T>) -> [T] { [] }
        let xs = [1]
        print(xs[keyPath: \\.count])
        let k = \\P.x
        print([P(x: 1)].map(\\.x), [P(x: 2)].map(\\P.x))
        """), [])
    }
}
