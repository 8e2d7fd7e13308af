import XCTest

/// Conversion mistakes involving optionals, worded as swiftc words them (`CompileError.wordedAsSwiftc`): a value that is
/// not optional, for an optional, against the type it wraps (one level); an optional for an annotated optional of
/// another type as an assignment; an optional where its wrapped type is needed as "must be unwrapped". Expected: swiftc
/// 6's errors for the same program.
final class OptionalConversionDiagnosticsTests: XCTestCase {
    func testConversionsToAndFromOptionalsAreWordedAsSwiftcWordsThem() {
        let program = """
        func f(_ x: Int?) {}
        func g() -> Int? { return "s" }
        func h(_ c: Double?, _ s: String?) {
            f("s")
            let a: Int? = 1.5
            var b: Int? = 2
            b = "t"
            let d: Int? = c
            let e: [Int]? = "x"
            let k: Int?? = "y"
            let arr: [Int?] = ["z"]
            let dict: [String: Int?] = ["a": "b"]
            f(c)
            let m: Int?? = c
            let q: Int = c
            var w: Int = 0
            w = c
            let n: Int = Int("4")
        }
        """
        XCTAssertEqual(diagnosticLines(program).filter { !$0.contains("never") }, [
            "2:27: cannot convert return expression of type 'String' to return type 'Int'",
            "4:7: cannot convert value of type 'String' to expected argument type 'Int'",
            "5:19: cannot convert value of type 'Double' to specified type 'Int'",
            "7:9: cannot assign value of type 'String' to type 'Int'",
            "8:19: cannot assign value of type 'Double?' to type 'Int?'",
            "9:21: cannot convert value of type 'String' to specified type '[Int]'",
            "10:20: cannot convert value of type 'String' to specified type 'Int?'",
            "11:24: cannot convert value of type 'String' to expected element type 'Int?'",
            "12:38: cannot convert value of type 'String' to expected dictionary value type 'Int?'",
            "13:7: cannot convert value of type 'Double?' to expected argument type 'Int?'",
            "14:20: cannot assign value of type 'Double?' to type 'Int??'",
            "15:18: cannot convert value of type 'Double?' to specified type 'Int'",
            "17:9: cannot assign value of type 'Double?' to type 'Int'",
            "18:18: value of optional type 'Int?' must be unwrapped to a value of type 'Int'",
        ])
    }
}
