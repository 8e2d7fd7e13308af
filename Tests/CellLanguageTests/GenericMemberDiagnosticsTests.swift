import CellLanguage
import Diagnostics
import XCTest

/// Generic methods, initializers and subscripts: the mistakes swiftc reports at the call, in its words and at its
/// positions (each checked against swiftc), and the forms nbrun refuses at theirs.
final class GenericMemberDiagnosticsTests: XCTestCase {
    func testATypeParameterTheCallDoesNotDetermineCannotBeInferred() {
        XCTAssertEqual(diagnosticLines("""
        struct Box {
            func make<U>() -> [U] { [] }
        }
        print(Box().make())
        """), ["4:13: generic parameter 'U' could not be inferred"])
    }

    func testTheExpectedTypeDeterminesATypeParameter() {
        XCTAssertEqual(diagnosticLines("""
        struct Box {
            func make<U>() -> [U] { [] }
        }
        let made: [Int] = Box().make()
        print(made)
        """), [])
    }

    func testAnInstanceMethodsConstraintIsCheckedAtTheCall() {
        XCTAssertEqual(diagnosticLines("""
        struct P {}
        struct Box {
            func same<T: Equatable>(_ a: T, _ b: T) -> Bool { a == b }
        }
        print(Box().same(P(), P()))
        """), ["5:13: instance method 'same' requires that 'P' conform to 'Equatable'"])
    }

    func testAStaticMethodsConstraintIsCheckedAtTheCall() {
        XCTAssertEqual(diagnosticLines("""
        struct Box {
            static func pick<T: Comparable>(_ xs: [T]) -> T { xs[0] }
        }
        struct P {}
        print(Box.pick([P()]))
        """), ["5:11: static method 'pick' requires that 'P' conform to 'Comparable'"])
    }

    func testAGenericMethodsBodyIsCheckedForEveryType() {
        XCTAssertEqual(diagnosticLines("""
        struct Box {
            func bad<T>(_ a: T, _ b: T) -> Bool { a == b }
        }
        """), ["2:45: binary operator '==' cannot be applied to two 'T' operands"])
    }

    func testAnInitializersClassConstraintIsCheckedAtTheCall() {
        XCTAssertEqual(diagnosticLines("""
        class K {}
        struct Box {
            init<T: K>(_ t: T) {}
        }
        let b = Box(3)
        """), ["5:9: initializer 'init(_:)' requires that 'Int' inherit from 'K'"])
    }

    func testAnInitializersWhereClauseIsCheckedAtTheCall() {
        // swiftc fails to produce a diagnostic here ("please submit a bug report"); nbrun names the requirement.
        XCTAssertEqual(diagnosticLines("""
        struct Box {
            let values: [Int]
            init<S: Sequence>(_ s: S) where S.Element == Int { values = [] }
        }
        let strings = ["a"]
        let b = Box(strings)
        """), ["6:9: initializer 'init(_:)' requires the types 'String' and 'Int' be equivalent"])
    }

    func testAGenericSubscriptWithASetterIsRefused() {
        XCTAssertEqual(diagnosticLines("""
        struct Box {
            var items = [1, 2]
            subscript<T>(key: T) -> Int {
                get { 0 }
                set { items[0] = newValue }
            }
        }
        """), ["3:33: 'a setter on a generic subscript' is not supported in nbrun cells"])
    }

    func testAGenericInitializerOfAClassIsRefused() {
        XCTAssertEqual(diagnosticLines("""
        class Box {
            init<T>(_ t: T) {}
        }
        """), ["2:5: 'a generic initializer of a class' is not supported in nbrun cells"])
    }

    func testAGenericMethodCannotBeOverridden() {
        XCTAssertEqual(diagnosticLines("""
        class A {
            func tag<T>(_ x: T) -> String { "A" }
        }
        class B: A {
            override func tag<T>(_ x: T) -> String { "B" }
        }
        """), ["5:19: 'overriding a generic method' is not supported in nbrun cells"])
    }

    func testAMutatingGenericMethodNeedsAVariable() {
        XCTAssertEqual(diagnosticLines("""
        struct S {
            var n = 0
            mutating func bump<T>(_ x: T) { n += 1 }
        }
        let s = S()
        s.bump(1)
        """), ["6:3: cannot use mutating member on immutable value: 's' is a 'let' constant"])
    }
}
