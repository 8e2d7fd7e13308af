import Foundation
import Runner

/// Embeds in a page the part of an OpenType math font that its formulas use, so they render correctly on a
/// reader's machine that has no math font (stock Linux and Android browsers), offline, and stay MathML.
///
/// The page's `<math>` text is collected (with the mathematical italic letters that MathML Core substitutes for
/// single-letter identifiers), HarfBuzz's `hb-subset` cuts the font down to those characters — keeping the
/// `MATH` table and, through its glyph closure, the size variants and parts of radicals, brackets and braces —
/// and the result goes into the page's style sheet as an `@font-face` data URL. Same page and font, same bytes.
/// Without `hb-subset` or the font the page is left as it is (browsers fall back to installed math fonts).
enum MathFontEmbedder {
    /// The font family name used inside pages.
    static let family = "nbrun math"

    /// Math fonts tried in order; `NBRUN_MATH_FONT` names another one.
    static let candidates = [
        "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf",
        "/usr/share/fonts/opentype/texgyre/texgyretermes-math.otf",
        "/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf",
    ]

    /// The page with the subset font in its head, or the page unchanged when it has no formula or no font. With a
    /// cache, a subset already cut for the same font file and characters is read from it instead of running
    /// `hb-subset` again (the tool is deterministic, so the page is the same bytes).
    static func embed(in html: String, cache: CellCache? = nil) -> String {
        guard html.contains("<math") else { return html }
        let characters = mathCharacters(in: html)
        guard !characters.isEmpty, let font = fontPath(), let data = cachedSubset(font, characters, cache: cache) else {
            return html
        }
        let style = "<style>\n@font-face{font-family:\"\(family)\";src:url(data:font/ttf;base64,"
            + data.base64EncodedString() + ") format(\"truetype\")}\n"
            + "math{font-family:\"\(family)\",math}\n</style>\n"
        guard let head = firstRange(of: "</head>", in: html[...]) else { return html }
        return String(html[..<head.lowerBound]) + style + html[head.lowerBound...]
    }

    /// The code points of every formula's text, plus the italic forms browsers draw single letters with.
    static func mathCharacters(in html: String) -> [UInt32] {
        var scalars = Set<UInt32>()
        var rest = html[...]
        // Searched as UTF-8 bytes: Foundation's `range(of:)` bridged the whole page at every formula (a quarter of a
        // cached re-render's time).
        while let open = firstRange(of: "<math", in: rest), let close = firstRange(of: "</math>", in: rest[open.upperBound...]) {
            let formula = rest[open.lowerBound..<close.lowerBound]
            for scalar in decodedText(formula) {
                scalars.insert(scalar)
                if let italic = mathItalic(scalar) { scalars.insert(italic) }
            }
            // A radical is drawn with the font's √ (and its size variants), which is not in the text.
            if formula.contains("<msqrt") || formula.contains("<mroot") { scalars.insert(0x221A) }
            rest = rest[close.upperBound...]
        }
        return scalars.filter { $0 > 0x20 }.sorted()
    }

    /// The first occurrence of the ASCII `needle` in `text`, found on its UTF-8 view.
    static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        let bytes = text.utf8
        guard let first = pattern.first else { return nil }
        var index = bytes.startIndex
        while let start = bytes[index...].firstIndex(of: first) {
            var candidate = start
            var matched = true
            for byte in pattern {
                guard candidate < bytes.endIndex, bytes[candidate] == byte else { matched = false; break }
                candidate = bytes.index(after: candidate)
            }
            if matched { return start..<candidate }
            index = bytes.index(after: start)
        }
        return nil
    }

    /// The characters of markup outside its tags, with character references decoded.
    static func decodedText(_ markup: Substring) -> [UInt32] {
        var result: [UInt32] = []
        var inTag = false
        var index = markup.startIndex
        while index < markup.endIndex {
            let character = markup[index]
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag {
                if character == "&", let end = markup[index...].firstIndex(of: ";") {
                    let name = markup[markup.index(after: index)..<end]
                    let named: [Substring: UInt32] = ["lt": 0x3C, "gt": 0x3E, "amp": 0x26, "quot": 0x22, "apos": 0x27]
                    if let value = named[name] ?? (name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16)
                                                   : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil) {
                        result.append(value)
                        index = markup.index(after: end)
                        continue
                    }
                }
                result.append(contentsOf: character.unicodeScalars.map(\.value))
            }
            index = markup.index(after: index)
        }
        return result
    }

    /// The Mathematical Italic form MathML Core draws a single-letter `<mi>` with (its `math-auto` transform).
    static func mathItalic(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0x68: return 0x210E                                   // h: Planck constant
        case 0x41...0x5A: return 0x1D434 + scalar - 0x41
        case 0x61...0x7A: return 0x1D44E + scalar - 0x61
        case 0x131: return 0x1D6A4
        case 0x237: return 0x1D6A5
        case 0x391...0x3A9 where scalar != 0x3A2: return 0x1D6E2 + scalar - 0x391
        case 0x3F4: return 0x1D6F3
        case 0x2207: return 0x1D6FB
        case 0x3B1...0x3C9: return 0x1D6FC + scalar - 0x3B1
        case 0x2202: return 0x1D715
        case 0x3F5: return 0x1D716
        case 0x3D1: return 0x1D717
        case 0x3F0: return 0x1D718
        case 0x3D5: return 0x1D719
        case 0x3F1: return 0x1D71A
        case 0x3D6: return 0x1D71B
        default: return nil
        }
    }

    static func fontPath() -> String? {
        if let chosen = ProcessInfo.processInfo.environment["NBRUN_MATH_FONT"], !chosen.isEmpty {
            return FileManager.default.isReadableFile(atPath: chosen) ? chosen : nil
        }
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// `subset`, kept in `cache` under the font file's identity (path, size, modification time) and the characters.
    static func cachedSubset(_ font: String, _ characters: [UInt32], cache: CellCache?) -> Data? {
        guard let cache, let attributes = try? FileManager.default.attributesOfItem(atPath: font) else {
            return subset(font, characters)
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let identity = "math font subset\u{0}\(font)\u{0}\(size)\u{0}\(modified)\u{0}"
            + characters.map { String($0, radix: 16) }.joined(separator: ",")
        let key = "mathfont-" + SHA256.hex(identity)
        if let stored = cache.loadBlob(key) { return stored }
        guard let data = subset(font, characters) else { return nil }
        cache.storeBlob(Array(data), key: key)
        return data
    }

    /// The font cut down to `characters` by `hb-subset`, or nil when the tool is missing or fails.
    static func subset(_ font: String, _ characters: [UInt32]) -> Data? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let tool = paths.map({ "\($0)/hb-subset" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("nbrun-math-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).ttf")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [font, "--unicodes=" + characters.map { String($0, radix: 16) }.joined(separator: ","),
                             "--layout-features=*", "--output-file=" + output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return nil
        }
        guard process.terminationStatus == 0 else { return nil }
        return try? Data(contentsOf: output)
    }
}
