import Foundation
import XCTest

/// The NumPy reference values written by `Modules/Reference/text_reference.py`.
enum ReferenceData {
    /// The parsed `json/text.json`, found relative to this source file.
    static func load() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference/json/text.json")
        let data = try Data(contentsOf: url)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The object stored under `key`.
    static func object(_ key: String) throws -> [String: Any] {
        try XCTUnwrap(load()[key] as? [String: Any], "missing reference '\(key)'")
    }
}

/// Asserts that two arrays have the same length and agree element-wise within `tolerance`.
func assertClose(
    _ actual: [Double], _ expected: [Double], tolerance: Double, _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.count, expected.count, "length \(message)", file: file, line: line)
    for (index, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= tolerance) {
        XCTFail("\(message) [\(index)]: \(a) vs \(e) (tolerance \(tolerance))", file: file, line: line)
    }
}

/// `value` read as an array of doubles.
func doubles(_ value: Any?) throws -> [Double] {
    try XCTUnwrap(value as? [Any]).map { try XCTUnwrap(($0 as? NSNumber)?.doubleValue) }
}

/// `value` read as a matrix of doubles.
func matrix(_ value: Any?) throws -> [[Double]] {
    try XCTUnwrap(value as? [Any]).map { try doubles($0) }
}
