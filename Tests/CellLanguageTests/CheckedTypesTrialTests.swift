@testable import CellLanguage
import Diagnostics
import XCTest

/// A trial check of the type checker is undone or kept through `CheckedTypes`' journal of its changes.
final class CheckedTypesTrialTests: XCTestCase {
    private let a = Expr(.intLiteral(1), at: SourceLocation(line: 1, column: 1))
    private let b = Expr(.intLiteral(2), at: SourceLocation(line: 1, column: 5))
    private let mistake = Diagnostic(.error, "a mistake", at: SourceLocation(line: 1, column: 1))

    /// What a test compares: each node's type, the declarations' types and the reports.
    private func state(_ checked: CheckedTypes) -> String {
        "a: \(checked.type(of: a).map { "\($0)" } ?? "-"), b: \(checked.type(of: b).map { "\($0)" } ?? "-"), "
            + "declarations: \(checked.declarations.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }), "
            + "reports: \(checked.diagnostics.count), reported: \(checked.hasReported(mistake))"
    }

    func testARollbackPutsBackEveryTableAsItWas() {
        var checked = CheckedTypes()
        checked.record(a, type: .int, withoutContext: true)
        checked.recordDeclaration(.int, at: 0)
        let before = state(checked)
        let trial = checked.beginTrial()
        checked.record(a, type: .double, withoutContext: false)
        checked.record(b, type: .string, withoutContext: true)
        checked.recordDeclaration(.double, at: 0)
        checked.recordDeclaration(.bool, at: 1)
        checked.report(mistake)
        XCTAssertEqual(state(checked), "a: Double, b: String, declarations: [\"0=Double\", \"1=Bool\"], reports: 1, reported: true")
        XCTAssertEqual(checked.rollback(to: trial).count, 5)
        XCTAssertEqual(state(checked), before)
        XCTAssertEqual(checked.typeWithoutContext(of: a), .int, "the entry itself is put back, not only its type")
        XCTAssertFalse(checked.isInTrial)
    }

    func testANestedTrialKeptIsUndoneWithTheTrialAroundIt() {
        var checked = CheckedTypes()
        let outer = checked.beginTrial()
        checked.record(a, type: .int, withoutContext: true)
        let inner = checked.beginTrial()
        checked.record(b, type: .int, withoutContext: true)
        checked.report(mistake)
        XCTAssertEqual(checked.commit(inner), 0, "kept for the outer trial")
        let innerUndone = checked.beginTrial()
        checked.record(a, type: .double, withoutContext: true)
        _ = checked.rollback(to: innerUndone)
        XCTAssertEqual(state(checked), "a: Int, b: Int, declarations: [], reports: 1, reported: true")
        _ = checked.rollback(to: outer)
        XCTAssertEqual(state(checked), "a: -, b: -, declarations: [], reports: 0, reported: false")
    }

    func testAReportMadeTwiceIsTakenBackOnce() {
        var checked = CheckedTypes()
        checked.report(mistake)
        let trial = checked.beginTrial()
        checked.report(mistake)
        _ = checked.rollback(to: trial)
        XCTAssertEqual(state(checked), "a: -, b: -, declarations: [], reports: 1, reported: true")
    }

    func testChangesUndoneCanBeMadeAgain() {
        var checked = CheckedTypes()
        checked.record(a, type: .int, withoutContext: true)
        let trial = checked.beginTrial()
        checked.record(a, type: .double, withoutContext: true)
        checked.record(a, type: .string, withoutContext: true)
        checked.report(mistake)
        let after = state(checked)
        let undone = checked.rollback(to: trial)
        let retry = checked.beginTrial()
        checked.record(b, type: .bool, withoutContext: true)
        _ = checked.rollback(to: retry)
        checked.reapply(undone)
        XCTAssertEqual(state(checked), after)
        // Made again inside a trial, they are journaled again: undone with it.
        let outer = checked.beginTrial()
        checked.reapply(checked.rollback(to: checked.beginTrial()))
        XCTAssertEqual(checked.commit(outer), 0, "nothing changed")
    }
}
