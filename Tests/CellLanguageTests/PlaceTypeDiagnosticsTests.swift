import XCTest

/// Type mistakes the generator reported while it compiled places, compound assignments and names (session 25), now
/// the type checker's: expected lines from swiftc 6 (`swiftc -typecheck`) for the same programs.
final class PlaceTypeDiagnosticsTests: XCTestCase {
    /// Optional chains and force unwraps of non-optionals, members and subscripts the place's type lacks, and array
    /// indices of another type, as assignment targets and `inout` arguments (`Compiler+Places`).
    func testPlacesOfTheWrongTypeAreTheCheckersMistakes() {
        assertCheckerReports("""
            struct P { var x = 1 }
            class C { var y = 0 }
            var p = P()
            let c = C()
            p?.x = 2
            p!.x = 3
            p.z = 4
            c.w = 5
            var n = 5
            n[0] = 1
            var xs = [1, 2]
            xs["a"] = 2
            xs[1.5] = 3
            var s = "abc"
            s[0] = "x"
            var t = (a: 1, b: 2)
            t.c = 3
            n? += 1
            n! += 1
            func f(_ k: inout Int) {}
            f(&p.q)
            """, [
            "5:2: cannot use optional chaining on non-optional value of type 'P'",
            "6:2: cannot force unwrap value of non-optional type 'P'",
            "7:3: value of type 'P' has no member 'z'",
            "8:3: value of type 'C' has no member 'w'",
            "10:2: value of type 'Int' has no subscripts",
            "12:4: cannot convert value of type 'String' to expected argument type 'Int'",
            "13:4: cannot convert value of type 'Double' to expected argument type 'Int'",
            "15:2: cannot assign through subscript: subscript is get-only",
            "17:3: value of tuple type '(a: Int, b: Int)' has no member 'c'",
            "18:2: cannot use optional chaining on non-optional value of type 'Int'",
            "19:2: cannot force unwrap value of non-optional type 'Int'",
            "21:6: value of type 'P' has no member 'q'",
        ])
    }

    /// Compound assignments whose target type has no such operator for the value (`Compiler+Assignment`,
    /// `Compiler+AccessorPlaces`): internal errors before, but for a declared `+` of another result.
    func testCompoundAssignmentsOfTheWrongTypesAreTheCheckersMistakes() {
        assertCheckerReports("""
            var s = "a"
            s -= "b"
            var i = 1
            i += "a"
            var t = (1, 2)
            t += t
            t += 1
            struct P { var x = 0 }
            var p = P()
            p += p
            var set: Set<Int> = [1]
            set += set
            struct S {
                var x: Int { get { 1 } set { } }
            }
            var q = S()
            q.x += "a"
            """, [
            "2:3: binary operator '-=' cannot be applied to two 'String' operands",
            "4:6: cannot convert value of type 'String' to expected argument type 'Int'",
            "6:3: binary operator '+=' cannot be applied to two '(Int, Int)' operands",
            "7:3: binary operator '+=' cannot be applied to operands of type '(Int, Int)' and 'Int'",
            "10:3: binary operator '+=' cannot be applied to two 'P' operands",
            "12:5: binary operator '+=' cannot be applied to two 'Set<Int>' operands",
            "17:8: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }

    /// `v += V()` where the declared `+` gives another type: swiftc 6 names a standard-library requirement no cell
    /// can meet (`referencing operator function '+=' on 'FloatingPoint' requires that 'V' conform to
    /// 'FloatingPoint'`, 4:3); nbrun reports the operator at the same position in the words of a type without it.
    func testADeclaredOperatorOfAnotherResultIsReportedAtTheCompoundOperator() {
        assertCheckerReports("""
            struct V { var x = 0 }
            func + (a: V, b: V) -> Int { 0 }
            var v = V()
            v += V()
            """, ["4:3: binary operator '+=' cannot be applied to two 'V' operands"])
    }

    /// A String or Substring subscripted with a value no subscript of theirs takes: swiftc matches no overload, at
    /// the `[` (the checker named a conversion to 'String.Index' at the index).
    func testAStringSubscriptOfAnotherIndexTypeMatchesNoSubscript() {
        assertCheckerReports("""
            let s = "abc"
            let d = 1.5
            print(s[true])
            print(s[d])
            print(s["a"])
            let c: Character = "a"
            print(s[c])
            let sub = s.dropFirst()
            print(sub[true])
            """, [
            "3:8: no exact matches in call to subscript", "4:8: no exact matches in call to subscript",
            "5:8: no exact matches in call to subscript", "7:8: no exact matches in call to subscript",
            "9:10: no exact matches in call to subscript",
        ])
    }

    /// Names nothing declares: with a suggestion the checker is not sure the generator sees, and the names accessors
    /// and `catch` declare used elsewhere (`Compiler.unknownName` alone reported them).
    func testUnknownNamesAreTheCheckersMistakes() {
        assertCheckerReports("""
            let total = 3
            func f() { print(totl) }
            print(newValue)
            """, [
            "2:18: cannot find 'totl' in scope",
            "3:7: cannot find 'newValue' in scope",
        ])
    }
}
