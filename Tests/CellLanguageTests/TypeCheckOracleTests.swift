import CellLanguage
import Foundation
import XCTest

/// The type-check oracle: for every expression node the type checker typed (before generation) and the generator
/// then compiled for the code that runs, both must have found the same type, over the conformance listings and the
/// golden programs. Prints the checker's coverage of the nodes the generator recorded. A node the generator refused
/// (its type is the error type: an assignment to a constant…) is not compared (the checker's diagnostics are compared in `DiagnosticOracleTests`). Disagreements the generator
/// gets wrong itself would be listed in `known` with the reason (none so far).
final class TypeCheckOracleTests: XCTestCase {
    /// Disagreements explained, by program and the disagreement's line (`Golden/x.swift 3:5 name x: checker …`).
    private static let known: [String: String] = [:]

    func testTheCheckersTypesAgreeWithTheGenerators() throws {
        var total = TypeCheckAgreement()
        var unexplained: [String] = []
        var missed: [String] = []
        let programs = try OracleCorpus.programs()
        XCTAssertGreaterThan(programs.count, 100)
        for (name, cells) in programs {
            let interpreter = Interpreter()
            for cell in cells {
                let agreement = interpreter.compileComparingTypes(cell).agreement
                total.add(agreement)
                missed += agreement.missed.map { "\(name) \($0)" }
                unexplained += agreement.disagreements.map { "\(name) \($0)" }.filter { Self.known[$0] == nil }
            }
        }
        let percent = (total.coverage * 1000).rounded() / 10
        print("type-check oracle: \(total.agreed) of \(total.recorded) recorded nodes typed alike by the checker "
              + "(\(percent) %), \(total.disagreements.count) disagreements, \(total.checkedOnly) typed nodes never compiled, "
              + "\(total.refused) refused by the generator, \(total.calleesAgreed) calls resolved alike, "
              + "\(total.placeholdersAgreed) nodes of checks with placeholders typed alike, "
              + "\(total.overloadsChosen) overloads and native bindings chosen by the checker")
        if ProcessInfo.processInfo.environment["NBRUN_LIST_MISSED_TYPES"] != nil {
            for line in missed { print("untyped: \(line)") }
        }
        XCTAssertGreaterThan(total.recorded, 10_000)
        XCTAssertGreaterThan(total.coverage, 0.9974, "the checker types the nodes the generator records (99.75 % when last raised, on s23-overloads: 62,606 of 62,761, once the checker chose the overloads of methods, initializers, subscripts and nested functions and the generator built every call on its choices; 99.74 % on session 22's merge of s22-valid: 62,590 of 62,750; 99.22 % when last raised, on s22-valid: 61,095 of 61,576, with generic types' where clauses, Result's specializations listed by generic methods' results and the library types' bodies out of the coverage; 99.74 % on session 22's merge of s22-untyped into main with s22-static, s22-diag and the lead's collection extensions: 61,448 of 61,608; 99.74 % when last raised, on s22-untyped: 60,262 of 60,420, with the members of specializations no construction checked, delegations to failable initializers, protocol extensions' members on conforming declared and built-in types, templates' members before their copies are added, declared and built-in operators, nested and math functions as values, contextual '.init(…)' of built-in types, optional dictionary keys and empty collection arguments of generic calls (the generator's own 'generator.next()' no longer recorded); 99.23 % on session 22's merge of s22-static: 61,124 of 61,597; 99.21 % on session 22's lead commit adding extensions' members to arrays of every element type and to strings, ranges and sets: 60,847 of 61,332 with its two goldens' 1,200 nodes, the checker typing template members on library collections from the templates' declarations (with protocols with associated types that arrays conform to) and checking their bodies for each collection type the generator adds them to; 99.23 % when last raised, on s22-static: 60,231 of 60,699 with its goldens (59,958 of 60,434 without them), once static stored properties were declared with the cell's declarations (their initial values, the members of specializations reading them through a type argument) and the checker typed static properties' observers, calls of static stored closures and assignments to static computed properties; 99.21 % before, on session 21's merge: 59,954 of 60,434, with s21-valid's closures typed by associated types, places through implicitly unwrapped variables, Optional's cases, 'inout' requirements and 'some P' variables, s21-probes' facts and the lead's static requirements through type parameters; 99.19 % before, on s21-overloads: 58,448 of 58,925, once it chose the overloads whose arguments take a parameter's type by context or are closures that may throw, and checked those arguments against the chosen parameter (58,289 of 58,766 without its golden overload_fit_facts, 58,260 before); 99.14 % before, on session 20's merge: 58,170 of 58,676, with s20-values' unfolding sequences and iterators, contextual generic constructions and s20-generic's generic methods of `extension Array` checked per specialization (56,261 of 56,749 on s20-generic alone); 99.08 % before, on s19-typeonly: 55,122 of 55,632, with `super` bases, static and subscript places and assignments compared with `nil` on the left; 99.04 % before, on s18-types: 53,511 of 54,030)")
        XCTAssertGreaterThan(total.calleesAgreed, 500)
        // Session 20 (s20-generic): the checker checks the generic bodies the generator checks with placeholders
        // under the same placeholders (code that never runs, outside the coverage): 917 nodes typed alike, 1,174 with
        // generic types' members. Session 21: 1,380 on its merge, with the generic members of specializations made
        // before the cell's checker now checked by it (`TypeTable.genericMemberChecksAwaitingChecker`; 1,340 before).
        XCTAssertGreaterThan(total.placeholdersAgreed, 1350)
        // Session 23 (s23-overloads): the generator no longer chooses an overload, a native binding or a library
        // function itself, here either (it compiled its own choices to be compared, 100 overload-fit facts given alike
        // in session 21): it builds every call on the checker's choice, and the oracle compares the types of the code
        // built on those choices (a choice the checker got wrong shows as the call's or its arguments' types).
        XCTAssertGreaterThan(total.overloadsChosen, 330)  // 335 on s23-overloads (top-level functions chosen by argument types only before)
        XCTAssertEqual(unexplained, [], "the type checker and the generator disagree")
        try OracleFigures.check("type check", "\(OracleFigures.grouped(total.agreed)) of \(OracleFigures.grouped(total.recorded)) "
                                + "nodes (\(OracleFigures.percent(total.agreed, of: total.recorded))), "
                                + "\(total.disagreements.count) disagreements", test: "TypeCheckOracleTests")
    }
}
