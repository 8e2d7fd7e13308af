@testable import CellLanguage
import XCTest

/// The receiver requirements of standard-library members (`func sorted() -> [Element] where Element: Comparable`):
/// the type checker types a member only on receivers that meet them, so the generator never reads a type the
/// member's implementation would not give (`[[1], [2]].joined()` once read as a String).
final class StdlibRequirementTests: XCTestCase {
    func testWhereClausesParse() {
        let requirement = StdlibRequirement(declaration: "func min() -> Element? where Element: Comparable")
        XCTAssertEqual(requirement?.placeholder, "Element")
        XCTAssertEqual(requirement?.protocolName, "Comparable")
        XCTAssertNil(StdlibRequirement(declaration: "func reversed() -> [Element]"))
        XCTAssertEqual(StdlibRequirement.withoutClause("func sorted() -> [Element] where Element: Comparable"),
                       "func sorted() -> [Element]")
        let declaration = StdlibDeclaration("func firstIndex(of element: Element) -> Int? where Element: Equatable")
        XCTAssertEqual(declaration.name, "firstIndex")
        XCTAssertEqual(declaration.labels, ["of"])
    }

    /// Every member with a requirement has no type on a receiver whose elements miss it, and its declared type on
    /// one whose elements meet it; viewed members (sets, ranges, strings) keep the requirement.
    func testSignaturesHoldOnlyWhereTheRequirementDoes() {
        var constrained = 0
        for table in StdlibTables.all {
            for member in table.allMembers {
                // Viewed members name the receiver's element type instead (`where Int: Comparable` on ranges).
                guard let requirement = StdlibRequirement(declaration: member.declaration),
                      requirement.placeholder == "Element" else { continue }
                constrained += 1
                let failing: [CType] = requirement.protocolName == "Comparable"
                    ? [.array(.bool), .array(.function([], .int)), .set(.bool)]
                    : [.array(.int), .array(.function([], .int)), .arraySlice(.function([], .int))]
                for receiver in failing where requirement.protocolName != "Equatable" || receiver != .array(.int) {
                    let signature = StdlibSignature(member.declaration, receiver: receiver)
                    XCTAssertNil(signature.returnType, "\(member.declaration) on \(receiver)")
                    XCTAssertNil(signature.parameterTypes, "\(member.declaration) on \(receiver)")
                }
                let meeting: CType = requirement.protocolName == "StringProtocol" ? .array(.string) : .array(.int)
                XCTAssertNotNil(StdlibSignature(member.declaration, receiver: meeting).returnType,
                                "\(member.declaration) on \(meeting)")
            }
        }
        XCTAssertGreaterThan(constrained, 10)
        // `[[1], [2]].joined()` is the inner arrays concatenated.
        XCTAssertEqual(StdlibSignature("func joined() -> String where Element: StringProtocol",
                                       receiver: .array(.array(.int))).returnType, .array(.int))
        XCTAssertEqual(StdlibSignature("func sorted() -> [Int] where Int: Comparable", receiver: .range).returnType,
                       .array(.int))
    }

    /// Every Array member whose implementation reports swiftc's "requires that … conform to …" (or "cannot conform to")
    /// on some receiver declares that requirement (so the checker cannot type it there): each member is called on an
    /// array of closures, which conform to nothing.
    func testEveryMemberThatRequiresAConformanceDeclaresIt() {
        for member in ArrayMembers.table.members where member.kind == .method || member.kind == .mutatingMethod {
            let arguments = member.labels.map { ($0.map { "\($0): " } ?? "") + "fs[0]" }.joined(separator: ", ")
            let code = "var fs: [() -> Int] = [{ 1 }]\n_ = fs.\(member.name)(\(arguments))\n"
            let compiled = Interpreter().compile(CellSource(code: code, firstLine: 1))
            // swiftc words it "type '() -> Int' cannot conform to 'P'" for a function type (it can conform to nothing).
            let requires = compiled.diagnostics.contains {
                $0.message.contains("requires that '() -> Int' conform to") || $0.message.contains("type '() -> Int' cannot conform to")
            }
            XCTAssertEqual(requires, StdlibRequirement(declaration: member.declaration) != nil,
                           "\(member.declaration): \(compiled.diagnostics.map(\.message))")
        }
    }

    /// Cells the generator refuses for a missing conformance: the checker leaves the call untyped (no
    /// disagreement, nothing read), and the error is swiftc's.
    func testRefusedCallsAreNotTyped() {
        let code = """
        let xs = [1, 2]
        let bs = [true, false]
        struct P { var x: Int }
        let ps = [P(x: 1)]
        print(xs.joined())
        print(bs.sorted())
        print(bs.min() as Any)
        print(ps.contains(P(x: 1)))
        print(ps.firstIndex(of: P(x: 1)) as Any)
        """
        let (cell, agreement) = Interpreter().compileComparingTypes(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(agreement.disagreements, [])
        XCTAssertEqual(cell.diagnostics.filter { $0.message.contains("requires that") }.count, 5,
                       "\(cell.diagnostics.map(\.message))")
    }
}
