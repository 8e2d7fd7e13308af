import CellLanguage
import XCTest

/// Result builders and opaque results over collections used wrongly: refused with swiftc's message at swiftc's
/// position (swiftc 6.3, `-emit-sil`, for every expected line). The programs that run are goldens
/// (`Golden/result_builders.swift`, `Golden/opaque_collections.swift`).
final class ResultBuilderTests: XCTestCase {
    let lines = """
    @resultBuilder
    struct Lines {
        static func buildBlock(_ parts: String...) -> String { parts.joined(separator: "\\n") }
    }
    func text(@Lines _ make: () -> String) -> String { make() }

    """

    func testABareIfNeedsBuildOptional() {
        let source = lines + """
        let flag = true
        let a = text {
            "title"
            if flag {
                "shown"
            }
        }
        """
        XCTAssertEqual(diagnosticLines(source), ["9:5: closure containing control flow statement cannot be used with result builder 'Lines'"])
    }

    func testIfElseForAndWhileNeedTheirBuildMethods() {
        let source = lines + """
        let b = text {
            for word in ["a", "b"] {
                word
            }
        }
        @Lines func lines(_ n: Int) -> String {
            "start"
            if n > 0 { "positive" } else { "other" }
        }
        var count = 0
        let c = text {
            while count < 2 {
                count += 1
            }
        }
        """
        XCTAssertEqual(diagnosticLines(source), [
            "7:5: closure containing control flow statement cannot be used with result builder 'Lines'",
            "13:5: closure containing control flow statement cannot be used with result builder 'Lines'",
            "17:5: closure containing control flow statement cannot be used with result builder 'Lines'",
        ])
    }

    func testASwitchNeedsBuildEither() {
        let source = lines + """
        let k = 1
        let e = text {
            switch k {
            case 1:
                "a"
            default:
                "b"
            }
        }
        """
        XCTAssertEqual(diagnosticLines(source), [
            "10:9: type 'Lines' has no member 'buildEither'",
            "12:9: type 'Lines' has no member 'buildEither'",
        ])
    }

    func testOnlyResultBuildersAreAttributes() {
        let source = """
        struct Plain {}
        func f(@Plain _ make: () -> String) {}
        func g(@Missing _ make: () -> String) {}
        """
        XCTAssertEqual(diagnosticLines(source), [
            "2:8: struct 'Plain' cannot be used as an attribute",
            "3:9: unknown attribute 'Missing'",
        ])
    }

    func testAComponentOfTheWrongTypeIsReportedWhereItIsWritten() {
        let source = lines + """
        let d = text {
            "a"
            let x = 1
            x
        }
        """
        XCTAssertEqual(diagnosticLines(source), ["9:5: cannot convert value of type 'Int' to expected argument type 'String'"])
    }

    func testAnOpaqueCollectionMustReturnACollection() {
        let source = """
        func numbers() -> some Collection {
            return 42
        }
        """
        XCTAssertEqual(diagnosticLines(source), ["2:12: return type of global function 'numbers()' requires that 'Int' conform to 'Collection'"])
    }
}
