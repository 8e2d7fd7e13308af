/// The default look of diagrams: mermaid's default theme colours and a sans-serif font.
enum Theme {
    /// Fill of nodes without a `fill` style.
    static let nodeFill = "#ECECFF"
    /// Outline of nodes.
    static let nodeStroke = "#9370DB"
    /// Text colour in nodes, subgraph titles and link labels.
    static let text = "#333333"
    /// Fill of subgraph boxes.
    static let subgraphFill = "#FFFFDE"
    /// Outline of subgraph boxes.
    static let subgraphStroke = "#AAAA33"
    /// Colour of links.
    static let link = "#333333"
    /// Font Graphviz measures text with (a PostScript name every Graphviz install knows).
    static let measuringFont = "Helvetica"
    /// Font size of node text, in points (one point becomes one CSS pixel on the page).
    static let fontSize = 14.0
    /// Font size of link labels.
    static let linkFontSize = 12.0
    /// Font size of a diagram title.
    static let titleFontSize = 18.0
    /// The `font-family` the SVG asks the browser for (metrics close to Helvetica, which Graphviz measured).
    static let fontFamily = "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif"
    /// Mermaid's default font size in CSS pixels, the reference for `font-size` in styles.
    static let mermaidFontSize = 16.0
}
