import Bindings
import Foundation
import XCTest

/// The reference part of `docs/cells-modules.md` is generated from the bindings' declarations.
final class BindingReferenceTests: XCTestCase {
    static let modulesDoc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/cells-modules.md").standardized

    /// `docs/cells-modules.md` holds exactly what the declarations generate; `NBRUN_UPDATE_DOCS=1` rewrites it.
    func testModulesReferenceIsGeneratedFromTheBindings() throws {
        let current = try String(contentsOf: Self.modulesDoc, encoding: .utf8)
        let updated = try XCTUnwrap(BindingReference.updating(current), "docs/cells-modules.md lost its generated-part markers")
        if ProcessInfo.processInfo.environment["NBRUN_UPDATE_DOCS"] == "1", updated != current {
            try updated.write(to: Self.modulesDoc, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertTrue(current == updated, "docs/cells-modules.md is stale (\(firstDifference(current, updated))): "
                      + "run NBRUN_UPDATE_DOCS=1 swift test --filter BindingReferenceTests")
    }

    /// Every declaration has a summary and a Swift-style signature, and the reference names the main types.
    func testReferenceDeclaresEveryModule() {
        let reference = BindingReference.markdown()
        for fragment in ["func zeros(_: [Int], requiresGrad: Bool = false) -> Tensor",
                         "init(title: String? = nil, xLabel: String? = nil", "### Plots", "### Tensor", "`GPT`:",
                         "func fit(_: Dataset, epochs: Int = 100, optimizer: Optimizer = Adam(learningRate: 0.01)",
                         "enum Theme { case light, dark }", "static func + (lhs: Tensor, rhs: Tensor) -> Tensor",
                         "static func -= (lhs: Tensor, rhs: Double)", "static prefix func - (operand: Tensor) -> Tensor",
                         "subscript(_: Int) -> Tensor { get set }", "subscript(column: Int) -> Double { set }",
                         "static func where(_: Tensor, _: Tensor, _: Tensor) -> Tensor", "var weight: Tensor { get set }",
                         "var queryWeight: Tensor { get set }", "func Adam(parameters: [Tensor], learningRate: Double = 0.001",
                         "func step()", "`Linear`:"] {
            XCTAssertTrue(reference.contains(fragment), "missing \(fragment)")
        }
        for line in reference.split(separator: "\n") where line.hasPrefix("- `") {
            XCTAssertFalse(line.hasSuffix("— "), "no summary: \(line)")
        }
    }
}
