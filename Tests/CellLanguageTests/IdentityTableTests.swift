@testable import CellLanguage
import Diagnostics
import Foundation
import XCTest

/// The compiler's identity-keyed tables own their keys: a freed declaration's address, reused by the allocator for a
/// later declaration, never makes a lookup return the earlier declaration's entry (the cause of nondeterministic wrong
/// compiles while the tables were keyed by `ObjectIdentifier`, which keeps nothing alive).
final class IdentityTableTests: XCTestCase {
    private let location = SourceLocation(line: 1, column: 1)

    func testAFreshDeclarationIsNeverFoundInATableOfEarlierOnes() {
        // Each declaration is dropped by this loop right after it is stored: with `[ObjectIdentifier: UserType]` the
        // allocator hands its address to the next one, which then finds the previous entry.
        var types = IdentityTable<TypeDecl, UserType>()
        var functions = IdentityTable<FunctionDecl, Int>()
        var placeholders = IdentitySet<UserType>()
        for index in 0..<500 {
            let decl = TypeDecl(kind: .structure, name: "T\(index)", location: location)
            let function = FunctionDecl(name: "f\(index)", parameters: [], returnType: nil, body: [], location: location)
            let type = UserType(kind: .structure, name: "T\(index)", qualifiedName: "main.T\(index)")
            XCTAssertNil(types[decl], "declaration \(index) found an entry")
            XCTAssertNil(functions[function], "function \(index) found an entry")
            XCTAssertFalse(placeholders.contains(type), "type \(index) found in the set")
            types[decl] = type
            functions[function] = index
            placeholders.insert(type)
            XCTAssertTrue(types[decl] === type)
            XCTAssertEqual(functions[function], index)
        }
        XCTAssertEqual(types.count, 500)
        XCTAssertEqual(functions.count, 500)
        XCTAssertEqual(placeholders.count, 500)
    }

    func testTheCompilersTablesAreIdentityTables() {
        // Compile-time checks: turning one of them back into an `ObjectIdentifier` dictionary fails to build.
        let _: KeyPath<Declarations, IdentityTable<TypeDecl, UserType>> = \Declarations.typeInfos
        let _: KeyPath<Declarations, IdentityTable<FunctionDecl, FunctionInfo>> = \Declarations.functionInfos
        let _: KeyPath<ProtocolState, IdentitySet<UserType>> = \ProtocolState.placeholderTypes
        let _: KeyPath<ProtocolState, IdentityTable<FunctionDecl, Int>> = \ProtocolState.genericFunctionCells
        let _: KeyPath<ProtocolState, [SpecializationKey: FunctionInfo]> = \ProtocolState.genericInstances
        let _: KeyPath<UserType, IdentityTable<FunctionInfo, FunctionInfo>> = \UserType.overrides
    }

    func testNoSourceKeysATableByObjectIdentifier() throws {
        // `ObjectIdentifier` keeps nothing alive: only `ObjectKey` (which retains its object) and `UserType`'s own
        // hash may use it.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var offenders: [String] = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("ObjectIdentifier(") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                let allowed = file.lastPathComponent == "ObjectKey.swift"
                    || (file.lastPathComponent == "UserType.swift" && line.contains("hasher.combine(ObjectIdentifier(self))"))
                if !allowed { offenders.append("\(file.lastPathComponent):\(number + 1)") }
            }
        }
        XCTAssertEqual(offenders, [], "use IdentityTable, IdentitySet or ObjectKey (they retain their keys)")
    }

    func testAGenericFunctionIsSpecializedAnewForATypeRedeclaredInALaterCell() {
        // The specialization cache was keyed by the type arguments' names: the second `P` got the first's
        // specialization ("cannot convert value of type 'P' to expected argument type 'P'").
        let interpreter = Interpreter()
        let first = interpreter.execute(CellSource(code: """
            func show<T>(_ x: T) -> String { "\\(x)" }
            struct P { var a = 1 }
            print(show(P()))
            """, firstLine: 1))
        let second = interpreter.execute(CellSource(code: """
            struct P { var b = "x"; var c = 2.5 }
            print(show(P()))
            """, firstLine: 10))
        XCTAssertEqual(first.diagnostics.map(\.message) + second.diagnostics.map(\.message), [])
        XCTAssertEqual(first.text + second.text, "P(a: 1)\nP(b: \"x\", c: 2.5)\n")
    }
}
