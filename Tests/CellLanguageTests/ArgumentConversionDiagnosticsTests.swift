import XCTest
@testable import CellLanguage

/// Values that convert to no parameter of a standard-library method, initializer, subscript or operator: the
/// checker's mistakes (session 25), found when the generator's conversion checks were taken out and the golden
/// programs' mutants (`MutantCorpusTests`) lost them. Expected lines: swiftc 6.3.1
/// (`swiftc -swift-version 5`), except where a comment gives nbrun's words and swiftc's.
final class ArgumentConversionDiagnosticsTests: XCTestCase {
    func testValuesNoOverloadTakesAreTheCheckersMistakes() {
        XCTAssertEqual(diagnosticLines("""
        var arr = [1]
        arr.append("x")
        var dd = [1: "a"]
        dd.updateValue(2, forKey: 1)
        var d2 = ["a": 1]
        print(d2["a", default: "x"])
        let words = "a b".split(separator: " ")
        d2[words[0]] = 1
        let o: Int? = nil
        let z = o ?? "q"
        let oo: Int? = .some("x")
        enum E: Int { case a = 1 }
        let e = E(rawValue: "x")
        let u = UInt8(ascii: 5)
        let n = Int("12", radix: "x")
        var str = "abc"
        str += 5
        let ch: Character = "c"
        str += ch
        struct A { let f: (Double) -> Double }
        let a = A(f: { $0 })
        print(a.f("s"))
        """), [
            "2:12: cannot convert value of type 'String' to expected argument type 'Int'",
            "4:16: cannot convert value of type 'Int' to expected argument type 'String'",
            "6:24: cannot convert value of type 'String' to expected argument type 'Int'",
            // swiftc: 'String.SubSequence' (aka 'Substring').
            "8:9: cannot convert value of type 'Substring' to expected argument type 'String'",
            "10:11: binary operator '??' cannot be applied to operands of type 'Int?' and 'String'",
            "11:22: cannot convert value of type 'String' to expected argument type 'Int'",
            "13:21: cannot convert value of type 'String' to expected argument type 'Int'",
            "14:22: cannot convert value of type 'Int' to expected argument type 'Unicode.Scalar'",
            "15:26: cannot convert value of type 'String' to expected argument type 'Int'",
            "17:8: cannot convert value of type 'Int' to expected argument type 'String'",
            "19:8: cannot convert value of type 'Character' to expected argument type 'String'",
            "22:11: cannot convert value of type 'String' to expected argument type 'Double'",
        ])
    }

    func testNbrunsWordsWhereSwiftcWordsTheOverloadSet() {
        // swiftc 6.3.1: 2:5 "no exact matches in call to instance method 'insert'"; 4:10 "instance method 'contains'
        // requires the types 'Int' and 'String.Element' (aka 'Character') be equivalent"; 6:8 "cannot convert value of
        // type 'Int' to expected argument type 'Array<Int>'". nbrun names the one table signature it has.
        XCTAssertEqual(diagnosticLines("""
        var str = "abc"
        str.insert(5, at: str.startIndex)
        let cs: Set = [1, 2]
        print(cs.contains("a"))
        var arr = [1]
        arr += 5
        """), [
            "2:12: cannot convert value of type 'Int' to expected argument type 'Character'",
            "4:19: cannot convert value of type 'String' to expected argument type 'Int'",
            "6:8: cannot convert value of type 'Int' to expected argument type '[Int]'",
        ])
    }
}
