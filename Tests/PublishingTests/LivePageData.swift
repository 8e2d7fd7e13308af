import Foundation
import XCTest

/// A live page's data read back, and its states rebuilt the way the page's script rebuilds them (an independent
/// implementation of the format documented in `LivePageScript`).
struct LivePageData {
    struct Cell {
        var id: String
        var base: String
        var width: Int
        var table: String
        /// For each slot: code units kept before it, its length.
        var slots: [Int]
        var slotTables: [Int]
        var tables: [[String: Any]]

        static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")

        static func number(_ text: String, at index: Int, width: Int) -> Int {
            let characters = Array(text)
            var value = 0
            for position in 0..<width { value = value * 64 + digits.firstIndex(of: characters[index * width + position])! }
            return value
        }

        /// The outputs block of state `state` (value indexes `values`, counts `radices`), rebuilt from the base.
        func outputs(inState state: Int, values: [Int], radices: [Int]) -> String {
            let version = Self.number(table, at: state, width: width)
            let units = Array(base.utf16)
            var out: [UInt16] = []
            var position = 0
            for (slot, tableIndex) in slotTables.enumerated() {
                let table = tables[tableIndex]
                var index = version
                if let controls = table["k"] as? [Int] {
                    index = controls.reduce(0) { $0 * radices[$1] + values[$1] }
                }
                if let picks = table["s"] as? String { index = Self.number(picks, at: index, width: table["w"] as! Int) }
                let text = (table["d"] as! [String])[index]
                out += units[position..<position + slots[2 * slot]] + Array(text.utf16)
                position += slots[2 * slot] + slots[2 * slot + 1]
            }
            out += units[position...]
            return String(decoding: out, as: UTF16.self)
        }
    }

    struct Group {
        var controls: [String]
        var values: [String: [String]]
        var base: [Int]
        var allCombinations: Bool
        var cells: [Cell]

        /// Every state as value indexes, in the page's order.
        var states: [[Int]] {
            let counts = controls.map { values[$0]!.count }
            if allCombinations {
                var states: [[Int]] = [[]]
                for count in counts { states = states.flatMap { prefix in (0..<count).map { prefix + [$0] } } }
                return states
            }
            var states = [base]
            for (control, count) in counts.enumerated() {
                for index in 0..<count where index != base[control] {
                    var state = base
                    state[control] = index
                    states.append(state)
                }
            }
            return states
        }

        func stateIndex(_ state: [Int]) -> Int {
            states.firstIndex(of: state)!
        }
    }

    var groups: [Group]

    init(page: String) throws {
        let open = "<script type=\"application/json\" id=\"nbrun-live-data\">"
        guard let start = page.range(of: open) else {
            groups = []
            return
        }
        let rest = page[start.upperBound...]
        let json = String(rest[..<rest.range(of: "</script>")!.lowerBound])
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        groups = (root["g"] as! [[String: Any]]).map { group in
            let controls = group["c"] as! [String]
            let values = group["v"] as! [[String]]
            let cells = (group["x"] as! [[String: Any]]).map { cell in
                Cell(id: cell["id"] as! String, base: cell["b"] as! String, width: cell["w"] as! Int,
                     table: cell["s"] as! String, slots: cell["p"] as! [Int], slotTables: cell["q"] as! [Int],
                     tables: cell["t"] as! [[String: Any]])
            }
            XCTAssertEqual(controls.count, values.count)
            return Group(controls: controls, values: Dictionary(uniqueKeysWithValues: zip(controls, values)),
                         base: group["b"] as! [Int], allCombinations: (group["a"] as! Int) == 1, cells: cells)
        }
    }

    /// The content of a cell's outputs block in a page (a newline alone when it has none).
    static func outputs(ofCell id: String, in page: String) -> String {
        guard let figure = page.range(of: "<figure class=\"cell\" id=\"\(id)\">") else { return "\n" }
        let rest = page[figure.upperBound...]
        let cell = rest[..<rest.range(of: "</figure>")!.lowerBound]
        guard let open = cell.range(of: "<div class=\"outputs\"") else { return "\n" }
        let afterOpen = cell[open.upperBound...]
        let contentStart = afterOpen.range(of: ">")!.upperBound
        let close = cell.range(of: "</div>", options: .backwards)!.lowerBound
        return String(cell[contentStart..<close])
    }
}
