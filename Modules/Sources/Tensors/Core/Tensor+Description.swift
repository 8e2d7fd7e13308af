extension Tensor: CustomStringConvertible {
    /// Nested brackets like Swift prints arrays, e.g. `Tensor([[1.0, 2.0], [3.0, 4.0]])`; tensors with more
    /// than 1000 elements show the first and last three entries of each axis around `...`, as NumPy does.
    public var description: String {
        let summarize = count > 1000
        let body = rank == 0 ? scalars[0].description : Tensor.format(scalars, shape: shape, summarize: summarize)
        let suffix = requiresGrad ? ", requiresGrad: true" : ""
        return "Tensor(\(body)\(suffix))"
    }

    /// Formats a row-major block with the given shape as nested brackets.
    static func format(_ values: ArraySlice<Double>, shape: ArraySlice<Int>, summarize: Bool) -> String {
        guard let length = shape.first else { return values.first.map { $0.description } ?? "" }
        let rest = shape.dropFirst()
        let width = Shape.count(Array(rest))
        let base = values.startIndex
        func item(_ index: Int) -> String {
            format(values[(base + index * width)..<(base + (index + 1) * width)], shape: rest, summarize: summarize)
        }
        if summarize && length > 6 {
            let parts = (0..<3).map(item) + ["..."] + ((length - 3)..<length).map(item)
            return "[" + parts.joined(separator: ", ") + "]"
        }
        return "[" + (0..<length).map(item).joined(separator: ", ") + "]"
    }

    static func format(_ values: [Double], shape: [Int], summarize: Bool) -> String {
        format(values[...], shape: shape[...], summarize: summarize)
    }
}
