extension Random {
    // MARK: Choice

    /// An index drawn with probability proportional to `weights`, as `np.random.choice(len(p), p=p)`.
    public mutating func choice(weights: [Double]) throws(RandomError) -> Int {
        try choice(weights: weights, count: 1)[0]
    }

    /// `count` indices drawn with replacement, probability proportional to `weights`,
    /// as `np.random.choice(len(p), count, p=p)` (cumulative sum, then `searchsorted(side='right')`).
    public mutating func choice(weights: [Double], count: Int) throws(RandomError) -> [Int] {
        let cumulative = try Random.cumulativeDistribution(weights)
        var result: [Int] = []
        result.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) { result.append(Random.searchRight(cumulative, nextDouble())) }
        return result
    }

    /// `count` indices of `0..<populationSize`, as
    /// `np.random.choice(populationSize, count, replace=replace, p=weights)`
    /// of NumPy's legacy `RandomState`, draw for draw: with replacement and no weights `randint`, without
    /// replacement and no weights the first `count` of a permutation, with weights the inverse of their cumulative
    /// distribution, and without replacement and with weights NumPy's rounds of fresh draws in which the indices
    /// already taken get weight 0 and repeated ones are dropped. `weights` are relative (NumPy requires them to sum
    /// to 1; weights that do give NumPy's exact stream).
    public mutating func choice(
        populationSize: Int, count: Int, replace: Bool = true, weights: [Double]? = nil
    ) throws(RandomError) -> [Int] {
        guard populationSize > 0 else { throw .emptyRange(low: 0, high: populationSize) }
        guard count >= 0 else { throw .negativeCount(count) }
        if let weights, weights.count != populationSize {
            throw .weightCountMismatch(weights: weights.count, population: populationSize)
        }
        if replace {
            if let weights { return try choice(weights: weights, count: count) }
            return try integers(in: 0..<populationSize, count: count)
        }
        guard count <= populationSize else {
            throw .sampleLargerThanPopulation(count: count, population: populationSize)
        }
        guard var weights else { return Array(permutation(populationSize).prefix(count)) }
        _ = try Random.cumulativeDistribution(weights)  // validates
        let nonZero = weights.count(where: { $0 > 0 })
        guard nonZero >= count else { throw .tooFewNonZeroWeights(count: count, nonZero: nonZero) }
        var found: [Int] = []
        found.reserveCapacity(count)
        while found.count < count {
            let draws = (0..<(count - found.count)).map { _ in nextDouble() }
            for index in found { weights[index] = 0 }
            let cumulative = try Random.cumulativeDistribution(weights)
            var seen = Set(found)
            for u in draws {
                let index = Random.searchRight(cumulative, u)
                if seen.insert(index).inserted { found.append(index) }
            }
        }
        return found
    }

    /// `count` elements of `elements`, as `np.random.choice(elements, count, replace=replace, p=weights)` of
    /// NumPy's legacy `RandomState` (see `choice(populationSize:count:replace:weights:)` for the draws).
    public mutating func choice<Element>(
        from elements: [Element], count: Int, replace: Bool = true, weights: [Double]? = nil
    ) throws(RandomError) -> [Element] {
        try choice(populationSize: elements.count, count: count, replace: replace, weights: weights)
            .map { elements[$0] }
    }

    /// A random element of `elements`, as `np.random.choice(elements)`.
    public mutating func element<Element>(of elements: [Element]) throws(RandomError) -> Element {
        elements[try integer(in: 0..<elements.count)]
    }

    /// The running sums of `weights` divided by their total (`cdf = p.cumsum(); cdf /= cdf[-1]`), after checking
    /// that the weights are finite, non-negative and not all zero.
    private static func cumulativeDistribution(_ weights: [Double]) throws(RandomError) -> [Double] {
        guard !weights.isEmpty else { throw .emptyWeights }
        for weight in weights where !(weight >= 0) || !weight.isFinite { throw .invalidWeight(weight) }
        var cumulative = [Double](repeating: 0, count: weights.count)
        var running = 0.0
        for (index, weight) in weights.enumerated() {
            running += weight
            cumulative[index] = running
        }
        guard running > 0 else { throw .zeroTotalWeight }
        for index in cumulative.indices { cumulative[index] /= running }
        return cumulative
    }

    /// The first index whose cumulative value is strictly greater than `u` (`searchsorted(u, side='right')`),
    /// clamped to the last index.
    private static func searchRight(_ cumulative: [Double], _ u: Double) -> Int {
        var low = 0, high = cumulative.count
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] <= u { low = mid + 1 } else { high = mid }
        }
        return min(low, cumulative.count - 1)
    }
}
