/// Choices for how a mermaid diagram becomes SVG.
public struct DiagramOptions: Sendable, Equatable {
    /// Word that starts the SVG's accessible title (`Diagramma: A → B, …`).
    public var altTextPrefix: String
    /// Prefix for every `id` in the SVG; nil derives one from a hash of the source, so the same
    /// source always gets the same ids and different diagrams on a page do not clash.
    public var idPrefix: String?

    /// Options with the given alt-text prefix (Italian by default, the course language) and id prefix.
    public init(altTextPrefix: String = "Diagramma", idPrefix: String? = nil) {
        self.altTextPrefix = altTextPrefix
        self.idPrefix = idPrefix
    }
}
