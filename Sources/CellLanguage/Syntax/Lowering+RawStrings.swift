import Diagnostics

extension Lowering {
    /// The text of a raw string segment (`#"…"#` with `pounds` signs) rewritten with ordinary escapes: `\#n`
    /// becomes `\n`, and a backslash not followed by the pound signs stands for itself.
    static func rawEscapes(_ raw: String, pounds: Int) -> String {
        let escape = "\\" + String(repeating: "#", count: pounds)
        guard raw.contains("\\") else { return raw }
        var result = ""
        var index = raw.startIndex
        while index < raw.endIndex {
            if raw[index] == "\\" {
                if raw[index...].hasPrefix(escape) {
                    result += "\\"
                    index = raw.index(index, offsetBy: escape.count)
                    continue
                }
                result += "\\\\"
            } else {
                result.append(raw[index])
            }
            index = raw.index(after: index)
        }
        return result
    }
}
