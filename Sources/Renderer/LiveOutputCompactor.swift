import Dispatch
import Foundation

/// Stores the many versions of one cell's output HTML compactly, as one base text with **slots**: the stretches of
/// the base that change in at least one version. Everything outside the slots — a plot's axes, points and legend,
/// unchanged text — is stored once; each slot takes its text from a **table** of the distinct texts it takes.
///
/// Slots come from comparing every version with the base (the run's own version): lines matched by a shortest edit
/// script (Myers), then, inside the replaced lines, words matched the same way (a word is a run of letters, digits,
/// `.`, `_` and non-ASCII characters; any other character is a word of its own). The changed stretches of all
/// versions, merged where they overlap or touch, are the slots.
///
/// A table is selected either by the version (one entry per distinct version) or, when every combination of the
/// controls is held, by the values of only the controls its text depends on (found by trying: the text does not
/// depend on a control when changing that control alone never changes it): the bar heights that only the
/// temperature moves are stored 20 times, not once per combination of temperature, top-k and top-p. Slots whose
/// texts are the same in every version (a plot's content-hash id, repeated) share one table.
///
/// Everything works on UTF-8 bytes; offsets are given in UTF-16 code units, as the page's script counts them.
public enum LiveOutputCompactor {
    /// The distinct texts one or more slots take, and which one each index selects.
    public struct Table: Hashable, Sendable {
        /// The group's controls (by position) whose values select the text, in order, as a mixed-radix number (the
        /// last control varying fastest); nil when the version selects it.
        public var controls: [Int]?
        /// The distinct texts.
        public var texts: [String]
        /// For each index (version, or combination of `controls`), the text's position in `texts`; nil when it is
        /// the index itself.
        public var picks: [Int]?
    }

    /// One cell's versions laid out.
    public struct Layout: Hashable, Sendable {
        /// The run's own version.
        public var base: String
        /// For each slot, in order: the code units kept from the end of the previous slot, and the slot's length.
        public var slots: [Int]
        /// For each slot, the index of its table.
        public var slotTables: [Int]
        /// The tables.
        public var tables: [Table]
    }

    /// Lays out `versions` (`versions[0]` the base; all distinct). `stateVersions[s]` is the version state `s`
    /// shows; `radices`, when every combination is held, gives each control's number of values (states in
    /// mixed-radix order, the last control fastest).
    public static func layout(_ versions: [String], stateVersions: [Int], radices: [Int]?) -> Layout {
        let bytes = versions.map { Array($0.utf8) }
        let base = bytes[0]
        let changes = ParallelResults<[Change]>(count: bytes.count, initial: [])
        DispatchQueue.concurrentPerform(iterations: max(bytes.count - 1, 0)) { index in
            changes.set(index + 1, Self.changes(from: base, to: bytes[index + 1]))
        }
        let slots = mergedSlots(changes.values)
        guard let layout = slotLayout(base: base, versions: bytes, changes: changes.values, slots: slots,
                                      stateVersions: stateVersions, radices: radices) else {
            return wholeLayout(versions)
        }
        return layout
    }

    /// The text of `version` rebuilt from the layout as the page's script does, for the control values `state`
    /// (value indexes, needed by tables selected by controls).
    public static func rebuild(_ layout: Layout, version: Int, state: [Int], radices: [Int]) -> String {
        let base = Array(layout.base.utf16)
        var out: [UInt16] = []
        var position = 0
        for (slot, tableIndex) in layout.slotTables.enumerated() {
            let table = layout.tables[tableIndex]
            var index = version
            if let controls = table.controls {
                index = controls.reduce(0) { $0 * radices[$1] + state[$1] }
            }
            if let picks = table.picks { index = picks[index] }
            let gap = layout.slots[2 * slot], length = layout.slots[2 * slot + 1]
            out += base[position..<position + gap]
            out += Array(table.texts[index].utf16)
            position += gap + length
        }
        out += base[position...]
        return String(decoding: out, as: UTF16.self)
    }

    /// One changed stretch: `base[baseStart..<baseEnd]` became `version[versionStart..<versionEnd]`.
    struct Change {
        var baseStart: Int, baseEnd: Int, versionStart: Int, versionEnd: Int
    }

    /// The changes from `base` to `version`: lines by a shortest edit script, then words inside replaced lines.
    static func changes(from base: [UInt8], to version: [UInt8]) -> [Change] {
        let baseLines = pieces(base, 0..<base.count, lines: true)
        let versionLines = pieces(version, 0..<version.count, lines: true)
        guard let hunks = LineDiff.hunks(baseLines.map { base[$0] }, versionLines.map { version[$0] }, maxEdits: 400) else {
            return [Change(baseStart: 0, baseEnd: base.count, versionStart: 0, versionEnd: version.count)]
        }
        var result: [Change] = []
        for hunk in hunks {
            let baseRange = span(hunk.old, start: hunk.oldStart, in: baseLines, length: base.count)
            let versionRange = span(hunk.new, start: hunk.newStart, in: versionLines, length: version.count)
            result += wordChanges(base, baseRange, version, versionRange)
        }
        return result
    }

    /// The byte range of consecutive pieces `indexes` (an empty range at piece `start` when there are none).
    private static func span(_ indexes: [Int], start: Int, in pieces: [Range<Int>], length: Int) -> Range<Int> {
        guard let first = indexes.first, let last = indexes.last else {
            let position = start < pieces.count ? pieces[start].lowerBound : length
            return position..<position
        }
        return pieces[first].lowerBound..<pieces[last].upperBound
    }

    /// The word-level changes between two replaced stretches (the whole stretch when they are too different).
    private static func wordChanges(_ base: [UInt8], _ baseRange: Range<Int>, _ version: [UInt8],
                                    _ versionRange: Range<Int>) -> [Change] {
        let whole = Change(baseStart: baseRange.lowerBound, baseEnd: baseRange.upperBound,
                           versionStart: versionRange.lowerBound, versionEnd: versionRange.upperBound)
        guard !baseRange.isEmpty && !versionRange.isEmpty else { return [whole] }
        let baseWords = pieces(base, baseRange, lines: false), versionWords = pieces(version, versionRange, lines: false)
        guard baseWords.count + versionWords.count <= 20_000,
              let hunks = LineDiff.hunks(baseWords.map { base[$0] }, versionWords.map { version[$0] }, maxEdits: 400)
        else { return [whole] }
        return hunks.map { hunk in
            let from = span(hunk.old, start: hunk.oldStart, in: baseWords, length: baseRange.upperBound)
            let to = span(hunk.new, start: hunk.newStart, in: versionWords, length: versionRange.upperBound)
            return Change(baseStart: from.lowerBound, baseEnd: from.upperBound, versionStart: to.lowerBound,
                          versionEnd: to.upperBound)
        }
    }

    /// Lines (each with its newline), or words and single other bytes, of `bytes[range]`.
    static func pieces(_ bytes: [UInt8], _ range: Range<Int>, lines: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            var end = index + 1
            if lines {
                while end <= range.upperBound && bytes[end - 1] != 0x0A { end += 1 }
                end = min(end, range.upperBound)
            } else if isWordByte(bytes[index]) {
                while end < range.upperBound && isWordByte(bytes[end]) { end += 1 }
            }
            result.append(index..<end)
            index = end
        }
        return result
    }

    /// Letters, digits, `.`, `_` and every byte of a non-ASCII character (so a character is never split).
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2E || byte == 0x5F
    }

    /// The slots: every version's changed base stretches, merged where they overlap or touch.
    static func mergedSlots(_ changes: [[Change]]) -> [Range<Int>] {
        let stretches = changes.flatMap { $0.map { ($0.baseStart, $0.baseEnd) } }.sorted { $0 < $1 }
        var slots: [Range<Int>] = []
        for (start, end) in stretches {
            if let last = slots.last, start <= last.upperBound {
                slots[slots.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                slots.append(start..<end)
            }
        }
        return slots
    }

    /// The layout with `slots`; nil when a version does not rebuild exactly (then the whole text is one slot).
    private static func slotLayout(base: [UInt8], versions: [[UInt8]], changes: [[Change]], slots: [Range<Int>],
                                   stateVersions: [Int], radices: [Int]?) -> Layout? {
        // ids[slot][version]: the slot's text in each version, interned per slot.
        var ids = [[Int32]](repeating: [Int32](repeating: 0, count: versions.count), count: slots.count)
        var texts = [[ArraySlice<UInt8>]](repeating: [], count: slots.count)
        var known = [[ArraySlice<UInt8>: Int32]](repeating: [:], count: slots.count)
        for (version, bytes) in versions.enumerated() {
            var shift = 0, next = 0
            let versionChanges = changes[version]
            for (slot, range) in slots.enumerated() {
                let start = range.lowerBound + shift
                while next < versionChanges.count && versionChanges[next].baseStart <= range.upperBound {
                    let change = versionChanges[next]
                    shift += (change.versionEnd - change.versionStart) - (change.baseEnd - change.baseStart)
                    next += 1
                }
                let end = range.upperBound + shift
                guard start >= 0, start <= end, end <= bytes.count else { return nil }
                let text = bytes[start..<end]
                if let id = known[slot][text] {
                    ids[slot][version] = id
                } else {
                    let id = Int32(texts[slot].count)
                    known[slot][text] = id
                    texts[slot].append(text)
                    ids[slot][version] = id
                }
            }
            guard next == versionChanges.count, rebuilds(bytes, base: base, slots: slots,
                                                         texts: slots.indices.map { texts[$0][Int(ids[$0][version])] })
            else { return nil }
        }
        // Slots with the same texts in every version share a table.
        var tableOf: [SlotTexts: Int] = [:]
        var tables: [Table] = []
        var slotTables: [Int] = []
        let units = UTF16Offsets(base)
        var slotUnits: [Int] = []
        var previousEnd = 0
        for (slot, range) in slots.enumerated() {
            slotUnits += [units.offset(range.lowerBound) - units.offset(previousEnd),
                          units.offset(range.upperBound) - units.offset(range.lowerBound)]
            previousEnd = range.upperBound
            let key = SlotTexts(ids: ids[slot], texts: texts[slot])
            if let table = tableOf[key] {
                slotTables.append(table)
                continue
            }
            tableOf[key] = tables.count
            slotTables.append(tables.count)
            tables.append(table(ids[slot], texts: texts[slot], stateVersions: stateVersions, radices: radices))
        }
        return Layout(base: String(decoding: base, as: UTF8.self), slots: slotUnits, slotTables: slotTables,
                      tables: tables)
    }

    /// Whether `version` is the base with each slot replaced by its text.
    private static func rebuilds(_ version: [UInt8], base: [UInt8], slots: [Range<Int>],
                                 texts: [ArraySlice<UInt8>]) -> Bool {
        var rebuilt: [UInt8] = []
        rebuilt.reserveCapacity(version.count)
        var position = 0
        for (range, text) in zip(slots, texts) {
            rebuilt += base[position..<range.lowerBound]
            rebuilt += text
            position = range.upperBound
        }
        rebuilt += base[position...]
        return rebuilt == version
    }

    /// The table of one slot's texts: selected by the controls its text depends on when that takes fewer entries
    /// than one per version.
    private static func table(_ ids: [Int32], texts: [ArraySlice<UInt8>], stateVersions: [Int], radices: [Int]?) -> Table {
        var entries = ids
        var controls: [Int]?
        if let radices, stateVersions.count == radices.reduce(1, *) {
            let used = radices.indices.filter { control in
                dependsOn(control, ids: ids, stateVersions: stateVersions, radices: radices)
            }
            let count = used.reduce(1) { $0 * radices[$1] }
            if count <= ids.count {
                controls = used
                entries = (0..<count).map { combination in
                    // The state with these values of the used controls and the first value of the others.
                    var rest = combination, state = 0, stride = 1
                    for control in radices.indices.reversed() {
                        if used.contains(control) {
                            state += (rest % radices[control]) * stride
                            rest /= radices[control]
                        }
                        stride *= radices[control]
                    }
                    return ids[stateVersions[state]]
                }
            }
        }
        // Texts in order of first use, so that a table whose entries are all distinct needs no picks.
        var order: [Int32: Int] = [:]
        var ordered: [String] = []
        var picks: [Int] = []
        for id in entries {
            if let known = order[id] {
                picks.append(known)
            } else {
                order[id] = ordered.count
                picks.append(ordered.count)
                ordered.append(String(decoding: texts[Int(id)], as: UTF8.self))
            }
        }
        let identity = picks.elementsEqual(0..<picks.count)
        return Table(controls: controls, texts: ordered, picks: identity ? nil : picks)
    }

    /// Whether changing `control` alone ever changes the slot's text.
    private static func dependsOn(_ control: Int, ids: [Int32], stateVersions: [Int], radices: [Int]) -> Bool {
        let stride = radices[(control + 1)...].reduce(1, *)
        let radix = radices[control]
        for state in stateVersions.indices {
            let digit = (state / stride) % radix
            guard digit > 0 else { continue }
            if ids[stateVersions[state]] != ids[stateVersions[state - digit * stride]] { return true }
        }
        return false
    }

    /// The fallback: the whole text is one slot, selected by the version.
    private static func wholeLayout(_ versions: [String]) -> Layout {
        Layout(base: versions[0], slots: [0, versions[0].utf16.count], slotTables: [0],
               tables: [Table(controls: nil, texts: versions, picks: nil)])
    }
}

/// A slot's texts in every version, as the key that lets slots share a table.
private struct SlotTexts: Hashable {
    var ids: [Int32]
    var texts: [ArraySlice<UInt8>]
}

/// UTF-8 offsets of a text turned into UTF-16 offsets (JavaScript's), counted once.
private struct UTF16Offsets {
    private var prefix: [Int32]

    init(_ bytes: [UInt8]) {
        prefix = [Int32](repeating: 0, count: bytes.count + 1)
        var units: Int32 = 0
        for (index, byte) in bytes.enumerated() {
            // A lead byte starts a character: one code unit, two for a 4-byte character; continuation bytes add none.
            if byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
            prefix[index + 1] = units
        }
    }

    func offset(_ byte: Int) -> Int { Int(prefix[byte]) }
}

/// Results computed in parallel, one slot per index (each slot written by one iteration only).
final class ParallelResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Value]

    init(count: Int, initial: Value) {
        values = [Value](repeating: initial, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
