import NeuralNetworks
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fixed sinusoidal position signals of "Attention Is All You Need".
public enum PositionalEncoding {
    /// A `(length, dimension)` table: PE[p, 2i] = sin(p / 10000^(2i/d)), PE[p, 2i+1] = cos(p / 10000^(2i/d)).
    public static func sinusoidal(length: Int, dimension: Int) throws(TensorError) -> Tensor {
        guard length >= 0, dimension > 0 else {
            throw .invalidArgument("positional encoding: need length ≥ 0 and dimension > 0")
        }
        let table = try Tensor.zeros([length, dimension])
        table.withMutableScalars { values in
            for position in 0..<length {
                for i in stride(from: 0, to: dimension, by: 2) {
                    let angle = Double(position) / pow(10_000, Double(i) / Double(dimension))
                    values[position * dimension + i] = sin(angle)
                    if i + 1 < dimension { values[position * dimension + i + 1] = cos(angle) }
                }
            }
        }
        return table
    }
}
