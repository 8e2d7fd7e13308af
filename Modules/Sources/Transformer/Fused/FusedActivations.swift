/// Every activation of one forward and backward pass of a batch slice of shape (B, T), carved once out of a
/// single allocation and reused by every step of that shape (llm.c style). N = B·T rows; C channels, H heads,
/// 4C hidden units (the feed-forward width), V vocabulary entries.
final class FusedActivations<S: FusedScalar>: @unchecked Sendable {
    /// The saved tensors of one transformer block.
    struct Block {
        let norm1: UnsafeMutablePointer<S>                 // (N, C) norm₁(x)
        let norm1Mean: UnsafeMutablePointer<S>             // (N)
        let norm1Reciprocal: UnsafeMutablePointer<S>       // (N) 1/√(σ² + ε)
        let qkv: UnsafeMutablePointer<S>                   // (N, 3C)
        let probabilities: UnsafeMutablePointer<S>         // (B, H, T, T)
        let attention: UnsafeMutablePointer<S>             // (N, C) heads side by side
        let afterAttention: UnsafeMutablePointer<S>        // (N, C) x + projection(attention)
        let norm2: UnsafeMutablePointer<S>                 // (N, C)
        let norm2Mean: UnsafeMutablePointer<S>             // (N)
        let norm2Reciprocal: UnsafeMutablePointer<S>       // (N)
        let hiddenDerivative: UnsafeMutablePointer<S>      // (N, 4C) pre-activation, then gelu′
        let hidden: UnsafeMutablePointer<S>                // (N, 4C) gelu(pre-activation)
        let output: UnsafeMutablePointer<S>                // (N, C) afterAttention + feedForward
    }

    /// Sequences in this slice.
    let batch: Int
    /// Positions per sequence.
    let time: Int
    /// Input token ids.
    let tokens: UnsafeMutablePointer<Int32>                 // (N)
    /// Target token ids.
    let targets: UnsafeMutablePointer<Int32>                // (N)
    let encoded: UnsafeMutablePointer<S>                    // (N, C) token + position embeddings
    let blocks: [Block]
    let finalNorm: UnsafeMutablePointer<S>                  // (N, C)
    let finalMean: UnsafeMutablePointer<S>                  // (N)
    let finalReciprocal: UnsafeMutablePointer<S>            // (N)
    let logits: UnsafeMutablePointer<S>                     // (N, V) logits, probabilities, then their gradient
    // Backward scratch, reused by every block.
    let residualGradient: UnsafeMutablePointer<S>           // (N, C) gradient of the residual stream
    let normGradient: UnsafeMutablePointer<S>               // (N, C) gradient of a layer norm's output
    let attentionGradient: UnsafeMutablePointer<S>          // (N, C)
    let qkvGradient: UnsafeMutablePointer<S>                // (N, 3C)
    let hiddenGradient: UnsafeMutablePointer<S>             // (N, 4C)
    let scoresGradient: UnsafeMutablePointer<S>             // (T, T)
    /// The summed cross-entropy of this slice's rows in the last forward pass.
    var loss = 0.0

    private let storage: FusedBuffer<S>
    private let ids: UnsafeMutablePointer<Int32>

    /// The element count of all buffers for a slice of `batch` sequences of `time` positions.
    static func scalarCount(configuration c: GPTConfiguration, hidden: Int, batch: Int, time: Int) -> Int {
        let n = batch * time, channels = c.dimension
        let perBlock = 8 * n * channels + 4 * n + batch * c.heads * time * time + 2 * n * hidden
        let forward = 2 * n * channels + 2 * n + n * c.vocabularySize  // encoded, final norm, statistics, logits
        let backward = 6 * n * channels + n * hidden + time * time
        return c.layers * perBlock + forward + backward
    }

    /// Allocates the buffers of a slice of `batch` sequences of `time` positions.
    init(configuration c: GPTConfiguration, hidden: Int, batch: Int, time: Int) {
        self.batch = batch
        self.time = time
        let n = batch * time, channels = c.dimension
        storage = FusedBuffer(count: Self.scalarCount(configuration: c, hidden: hidden, batch: batch, time: time))
        ids = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * Swift.max(n, 1))
        ids.initialize(repeating: 0, count: 2 * Swift.max(n, 1))
        tokens = ids
        targets = ids + n
        var next = storage.pointer
        func take(_ count: Int) -> UnsafeMutablePointer<S> {
            defer { next += count }
            return next
        }
        encoded = take(n * channels)
        var blocks: [Block] = []
        for _ in 0..<c.layers {
            blocks.append(
                Block(
                    norm1: take(n * channels), norm1Mean: take(n), norm1Reciprocal: take(n),
                    qkv: take(3 * n * channels), probabilities: take(batch * c.heads * time * time),
                    attention: take(n * channels), afterAttention: take(n * channels), norm2: take(n * channels),
                    norm2Mean: take(n), norm2Reciprocal: take(n), hiddenDerivative: take(n * hidden),
                    hidden: take(n * hidden), output: take(n * channels)))
        }
        self.blocks = blocks
        finalNorm = take(n * channels)
        finalMean = take(n)
        finalReciprocal = take(n)
        logits = take(n * c.vocabularySize)
        residualGradient = take(n * channels)
        normGradient = take(n * channels)
        attentionGradient = take(n * channels)
        qkvGradient = take(3 * n * channels)
        hiddenGradient = take(n * hidden)
        scoresGradient = take(time * time)
        precondition(next - storage.pointer == storage.count, "FusedActivations: buffer layout mismatch")
    }

    deinit {
        ids.deallocate()
    }
}
