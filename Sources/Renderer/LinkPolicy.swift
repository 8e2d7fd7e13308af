import NotebookFormat

/// Decides which link and image URLs may appear on a page: no `javascript:` and other script-running schemes.
enum LinkPolicy {
    /// A link to another notebook (`lesson.md#part`) pointed at its page (`lesson.html#part`).
    static func pageLink(_ destination: String) -> String {
        guard let reference = LocalReference(destination), reference.path.hasSuffix(".md") else { return destination }
        return String(reference.path.dropLast(3)) + ".html" + reference.suffix
    }

    /// Schemes a reader may follow.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "ftp"]

    /// The URL when it is safe to emit, `nil` when it must be dropped.
    static func safeURL(_ url: String) -> String? {
        let trimmed = url.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
        // Browsers ignore control characters and whitespace inside a scheme; compare without them.
        let schemePart = trimmed.prefix(while: { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" })
        guard schemePart.count < trimmed.count, trimmed[schemePart.endIndex] == ":" else { return url }
        let scheme = String(schemePart.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        return allowedSchemes.contains(scheme) ? url : nil
    }
}
