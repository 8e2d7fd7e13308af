/// The parts every page shares: the document head with the inline style sheet, the title header, the footer.
enum PageShell {
    /// Writes everything up to and including the page header.
    static func open(title: String, description: String?, author: String?, language: String?,
                     into writer: inout HTMLWriter) {
        writer.raw("<!DOCTYPE html>\n")
        writer.open("html", ["lang": language ?? "en"])
        writer.newline()
        writer.raw("<head>\n<meta charset=\"utf-8\">\n")
        writer.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        writer.raw("<meta name=\"color-scheme\" content=\"light dark\">\n")
        writer.raw("<meta name=\"generator\" content=\"nbrun\">\n")
        writer.element("title", text: title)
        writer.newline()
        if let description {
            writer.open("meta", ["name": "description", "content": description])
            writer.newline()
        }
        writer.raw("<style>\n\(PageStyle.css)\n\(ReadingStyle.css)\n</style>\n</head>\n<body>\n<main>\n")
        writer.raw("<header class=\"page-header\">\n")
        writer.element("h1", text: title)
        writer.newline()
        if let description {
            writer.element("p", ["class": "description"], text: description)
            writer.newline()
        }
        if let author {
            writer.element("p", ["class": "author"], text: author)
            writer.newline()
        }
        writer.raw("</header>\n")
    }

    /// Writes the footer naming the source file, and closes the document.
    static func close(source: String?, strings: PageStrings, into writer: inout HTMLWriter) {
        if let source {
            writer.raw("<footer class=\"page-footer\">\(strings.madeWith) ")
            writer.element("code", text: source)
            writer.raw(".</footer>\n")
        }
        writer.raw("</main>\n</body>\n</html>\n")
    }
}
