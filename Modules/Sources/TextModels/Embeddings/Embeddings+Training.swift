#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Embeddings {
    /// Learns word vectors from `corpus` by PPMI + SVD (Levy, Goldberg & Dagan, 2015).
    ///
    /// Words are the lowercased `WordTokenizer` words; `.`, `!`, `?` end a sentence and other
    /// punctuation is dropped. Co-occurrences are counted within `window` words on each side inside a
    /// sentence; the positive pointwise mutual information uses context counts raised to 0.75
    /// (context-distribution smoothing); the vectors are the top `dimension` left singular vectors
    /// scaled by the square root of their singular values. No randomness: the same corpus always
    /// gives the same vectors.
    public static func train(corpus: String, dimension: Int = 48, window: Int = 2, minCount: Int = 1) throws
        -> Embeddings
    {
        guard window >= 1 else { throw TextModelsError.invalidArgument("window must be at least 1") }
        var sentences: [[String]] = [[]]
        for word in WordTokenizer.words(in: corpus, lowercased: true) {
            if [".", "!", "?"].contains(word) {
                if !sentences[sentences.count - 1].isEmpty { sentences.append([]) }
            } else if word.unicodeScalars.contains(where: { WordTokenizer.isWordScalar($0) }) {
                sentences[sentences.count - 1].append(word)
            }
        }
        let vocabulary = try Vocabulary(counting: sentences.flatMap { $0 }, minCount: minCount)
        let size = vocabulary.count
        guard dimension >= 1, dimension <= size else {
            throw TextModelsError.invalidArgument(
                "dimension must be in 1...\(size) (the vocabulary size), got \(dimension)")
        }

        var counts = [Double](repeating: 0, count: size * size)  // (word, context)
        for sentence in sentences {
            let ids = sentence.compactMap { vocabulary.id(of: $0) }
            for (position, id) in ids.enumerated() {
                let low = max(0, position - window)
                let high = min(ids.count - 1, position + window)
                guard low <= high else { continue }
                for other in low...high where other != position { counts[id * size + ids[other]] += 1 }
            }
        }
        let ppmi = positivePMI(counts, size: size)

        // Left singular vectors of PPMI = eigenvectors of PPMI · PPMIᵀ; singular value = √eigenvalue.
        var gram = [Double](repeating: 0, count: size * size)  // (size, size)
        for i in 0..<size {
            for j in i..<size {
                var sum = 0.0
                for k in 0..<size { sum += ppmi[i * size + k] * ppmi[j * size + k] }
                gram[i * size + j] = sum
                gram[j * size + i] = sum
            }
        }
        let eigen = try SymmetricEigendecomposition(matrix: gram, size: size)
        var vectors = [[Double]](repeating: [Double](repeating: 0, count: dimension), count: size)
        for k in 0..<dimension {
            let weight = max(0, eigen.values[k]).squareRoot().squareRoot()  // √σ, σ = √λ
            for i in 0..<size { vectors[i][k] = eigen.vectors[k][i] * weight }
        }
        return try Embeddings(vocabulary: vocabulary, vectors: vectors)
    }

    /// Embeddings trained on `ItalianAnimalCorpus` with the default settings of `train`.
    public static func italianAnimals(dimension: Int = 48) throws -> Embeddings {
        try train(corpus: ItalianAnimalCorpus.text, dimension: dimension)
    }

    /// max(0, log(P(w, c) / (P(w) · P₀.₇₅(c)))) for a square count matrix.
    private static func positivePMI(_ counts: [Double], size: Int) -> [Double] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts }
        var wordTotals = [Double](repeating: 0, count: size)
        var contextTotals = [Double](repeating: 0, count: size)
        for i in 0..<size {
            for j in 0..<size {
                wordTotals[i] += counts[i * size + j]
                contextTotals[j] += counts[i * size + j]
            }
        }
        let smoothed = contextTotals.map { pow($0, 0.75) }
        let smoothedTotal = smoothed.reduce(0, +)
        var ppmi = [Double](repeating: 0, count: size * size)
        for i in 0..<size {
            for j in 0..<size where counts[i * size + j] > 0 {
                let joint = counts[i * size + j] / total
                let pmi = log(joint / ((wordTotals[i] / total) * (smoothed[j] / smoothedTotal)))
                ppmi[i * size + j] = max(0, pmi)
            }
        }
        return ppmi
    }
}
