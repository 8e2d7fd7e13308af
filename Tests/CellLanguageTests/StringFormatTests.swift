@testable import CellLanguage
import Foundation
import XCTest

/// `String(format:)`'s fast path against Foundation's formatter, the oracle (a compiled Swift program calls it).
final class StringFormatTests: XCTestCase {
    func testFastPathMatchesFoundationOnEveryCoveredConversion() {
        let doubles: [Double] = [0, -0.0, 1, -1.5, 3.14159265, 2.5e-7, 1e21, 123456.789, .infinity, -.infinity, .nan,
                                 0.125, 999.9995]
        let ints: [Int] = [0, 7, -42, 255, Int(Int32.max), Int(Int32.max) + 1, -(1 << 40), Int.max, Int.min]
        let numberSpecs = ["%f", "%.0f", "%.3f", "%8.2f", "%-8.2f|", "%+.1f", "%08.3f", "% f", "%e", "%.2E", "%g",
                           "%.3g", "%G", "%a", "%F", "%#.0f", "%12.4e"]
        let intSpecs = ["%d", "%5d", "%-5d|", "%05d", "%+d", "%ld", "%lld", "%x", "%X", "%08lx", "%o", "%u", "%i", "%#x"]
        var checked = 0
        for spec in numberSpecs {
            for value in doubles {
                let pattern = "a=\(spec) b"
                XCTAssertEqual(StringFormat(pattern).format([value]), String(format: pattern, value), pattern)
                checked += 1
            }
        }
        for spec in intSpecs {
            for value in ints {
                let pattern = "[\(spec)]%%"
                XCTAssertEqual(StringFormat(pattern).format([value]), String(format: pattern, value), pattern)
                checked += 1
            }
        }
        let mixed = "%@: %d of %.2f%% (%@)"
        let values: [CVarArg] = ["perdita", 3, 97.125, "già è"]
        XCTAssertEqual(StringFormat(mixed).format(values), String(format: mixed, arguments: values))
        XCTAssertNotNil(StringFormat(mixed).pieces, "the usual patterns take the fast path")
        XCTAssertGreaterThan(checked, 300)
    }

    func testUncoveredConversionsFallBackToFoundation() {
        for pattern in ["%10@", "%c", "%hd", "%1$d", "%'d", "%"] {
            XCTAssertNil(StringFormat(pattern).pieces, pattern)
        }
        let padded = "%10@|"
        XCTAssertEqual(StringFormat(padded).format(["ab"]), String(format: padded, "ab"))
    }
}
