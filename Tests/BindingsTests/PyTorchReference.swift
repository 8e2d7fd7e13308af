import Foundation
import XCTest

/// The values PyTorch computed in `Modules/Reference/pytorch_reference.py` (json/pytorch.json), read by path and
/// written into cells as Swift literals, and a comparison of printed lines with them.
enum PyTorchReference {
    nonisolated(unsafe) private static let reference: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Modules/Reference/json/pytorch.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    /// The reference value at a path of keys and indices, e.g. `["operators", "add", "inputs", 0]`.
    static func value(_ path: [Any]) -> Any? {
        var current: Any? = reference
        for key in path {
            if let key = key as? String { current = (current as? [String: Any])?[key] }
            if let index = key as? Int { current = (current as? [Any]).flatMap { index < $0.count ? $0[index] : nil } }
        }
        return current
    }

    /// A nested JSON array written as a Swift literal (`[[1.0, 2.0], [3.0, 4.0]]`), numbers in full precision.
    static func literal(_ path: [Any]) -> String {
        func write(_ item: Any?) -> String {
            if let items = item as? [Any] { return "[" + items.map(write).joined(separator: ", ") + "]" }
            if let number = item as? NSNumber { return "\(number.doubleValue)" }
            return "nil"
        }
        return write(value(path))
    }

    /// Every number inside the value at `path`, depth-first.
    static func flattened(_ path: [Any]) -> [Double] {
        func collect(_ item: Any?) -> [Double] {
            if let items = item as? [Any] { return items.flatMap(collect) }
            if let number = item as? NSNumber { return [number.doubleValue] }
            return []
        }
        return collect(value(path))
    }

    /// Asserts that the numbers printed on each line match `expected` (one array per line) relatively within `tolerance`.
    static func assertLines(_ text: String, _ expected: [[Double]], tolerance: Double,
                            file: StaticString = #filePath, line: UInt = #line) {
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, expected.count, text, file: file, line: line)
        for (index, (printed, values)) in zip(lines, expected).enumerated() {
            let actual = numbers(in: printed)
            XCTAssertEqual(actual.count, values.count, "line \(index + 1): \(printed)", file: file, line: line)
            XCTAssertFalse(values.isEmpty, "line \(index + 1): no reference values", file: file, line: line)
            for (a, e) in zip(actual, values) where abs(a - e) > tolerance * (1 + abs(e)) {
                XCTFail("line \(index + 1): \(a) where PyTorch gives \(e)", file: file, line: line)
                break
            }
        }
    }
}
