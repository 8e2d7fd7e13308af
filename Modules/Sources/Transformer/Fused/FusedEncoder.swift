/// The GPT's input layer: each token's embedding plus its position's embedding.
enum FusedEncoder {
    /// output[b, t] = tokenEmbedding[tokens[b, t]] + positionEmbedding[t].
    static func forward<S: FusedScalar>(
        output: UnsafeMutablePointer<S>,            // (B, T, C)
        tokens: UnsafePointer<Int32>,               // (B, T)
        tokenEmbedding: UnsafePointer<S>,           // (V, C)
        positionEmbedding: UnsafePointer<S>,        // (L, C), T ≤ L
        batch: Int, time: Int, channels: Int
    ) {
        for b in 0..<batch {
            for t in 0..<time {
                let row = b * time + t
                let out = output + row * channels
                let token = tokenEmbedding + Int(tokens[row]) * channels
                let position = positionEmbedding + t * channels
                for i in 0..<channels { out[i] = token[i] + position[i] }
            }
        }
    }

    /// Accumulates the embedding gradients: both tables' rows receive the output gradient of every place they
    /// were used (a token seen twice gets the sum).
    static func backward<S: FusedScalar>(
        tokenEmbeddingGradient: UnsafeMutablePointer<S>,     // (V, C), accumulated
        positionEmbeddingGradient: UnsafeMutablePointer<S>,  // (L, C), accumulated
        outputGradient: UnsafePointer<S>,                    // (B, T, C)
        tokens: UnsafePointer<Int32>,                        // (B, T)
        batch: Int, time: Int, channels: Int
    ) {
        for b in 0..<batch {
            for t in 0..<time {
                let row = b * time + t
                let gradient = outputGradient + row * channels
                let token = tokenEmbeddingGradient + Int(tokens[row]) * channels
                let position = positionEmbeddingGradient + t * channels
                for i in 0..<channels {
                    token[i] += gradient[i]
                    position[i] += gradient[i]
                }
            }
        }
    }
}
