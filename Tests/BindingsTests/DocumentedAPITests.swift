import XCTest

/// Every call shown in docs/cells-modules.md compiles and runs (small sizes, one cell per section).
final class DocumentedAPITests: XCTestCase {
    private func assertRuns(_ code: String, file: StaticString = #filePath, line: UInt = #line) {
        let execution = CellRunner().run(code)
        XCTAssertEqual(execution.diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }, [], file: file, line: line)
    }

    func testRandomSection() {
        assertRuns("""
        let rng = Random(seed: 42)
        let xs = rng.uniform(0.2, 10.0, count: 40)
        let x1 = rng.uniform(low: 0, high: 1, count: 3)
        let x2 = rng.uniform()
        let noise = rng.normal(mean: 0, standardDeviation: 0.5, count: 40)
        let n2 = rng.normal(mean: 0, std: 0.5, count: 4)
        let k = rng.integer(in: 0..<10)
        let k2 = rng.integer(in: 1...6)
        let ks = rng.integers(in: 0..<3, count: 5)
        let order = rng.permutation(5)
        let mixed = rng.shuffled(["a", "b", "c"])
        let i = rng.choice(weights: [0.2, 0.8])
        let is2 = rng.choice(weights: [0.2, 0.8], count: 3)
        let pet = rng.element(of: ["gatto", "cane"])
        let pets = rng.choice(from: ["gatto", "cane", "topo"], count: 2, replace: false)
        let pets2 = rng.choice(from: ["gatto", "cane", "topo"], count: 2, replace: false, weights: [0.5, 0.3, 0.2])
        let u = rng.nextDouble()
        print(rng, rng.seed)
        """)
    }

    func testTensorSection() {
        assertRuns("""
        let rng = Random(seed: 1)
        let v = Tensor([1.0, 2.0, 3.0])
        let m = Tensor([[1, 2], [3, 4]], requiresGrad: true)
        let s = Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
        let one = Tensor(scalar: 3.0)
        let z = zeros([2, 3]); let o = ones([3]); let f = full([2, 2], value: 7)
        let r = arange(from: 0, to: 5, step: 1); let l = linspace(from: 0, to: 1, count: 11); let i = eye(3)
        let w = randomNormal([2, 3], mean: 0, standardDeviation: 0.1, seed: 1)
        let u = randomUniform([2, 3], low: -1, high: 1, using: rng)
        let labels = oneHot([0, 2, 1], classes: 3)
        let both = concatenate([v, v], axis: 0); let stacked = stack([v, v])
        print(s.shape, s.count, s.rank, s.scalars, s.toArray(), s.rows, one.item(), s.value(at: [1, 0]), s.requiresGrad)
        let e = [s.exp(), s.log(), s.sqrt(), s.tanh(), s.sigmoid(), s.relu(), s.gelu(), s.abs(), s.squared(), s.pow(2),
                 s.clamped(min: 0, max: 2), s.softmax(axis: -1), s.logSoftmax(axis: -1), s.negated(),
                 s.layerNorm(gamma: ones([2]), beta: zeros([2]), epsilon: 1e-5)]
        let red = [s.sum(), s.mean(), s.max(), s.sum(axis: 0, keepDims: true), s.mean(axis: 1), s.max(axis: 0),
                   s.min(axis: 0), s.variance(axis: 0), s.argmax(axis: 1)]
        let shapes = [s.transposed(), s.transposed(0, 1), s.reshaped([4]), s.reshaped([-1, 1]), s.permuted([1, 0]),
                      s.slice(0..<1, axis: 0), s.row(1), s.rows(at: [0, 0, 1])]
        let ops = [s.adding(s), s.adding(1), s.subtracting(s), s.subtracting(1.5), s.multiplied(by: s),
                   s.multiplied(by: 2), s.divided(by: s), s.divided(by: 2), s.matmul(s)]
        let ce = crossEntropy(logits: s, targets: [0, 1])
        print(s.argmax(), e.count, red.count, shapes.count, ops.count, ce.item() > 0)
        let loss = m.squared().sum()
        loss.backward()
        print(m.grad!)
        m.zeroGrad()
        m.setRequiresGrad(true)
        m.assign([1, 1, 1, 1])
        let d = m.detached()
        let g = m.multiplied(by: 3).sum()
        g.backward(gradient: Tensor(scalar: 1))
        print(d, m.grad!.scalars)
        """)
    }

    func testRegressionSection() {
        assertRuns("""
        let xs = [0.0, 1.0, 2.0, 3.0]
        let ys = [1.0, 3.1, 4.9, 7.2]
        let model = fitLine(x: xs, y: ys)
        print(model, model.slope, model.intercept, model.predict(5.0), model.predict(xs))
        let curve = fitPolynomial(x: xs, y: ys, degree: 2)
        print(curve, curve.coefficients, curve.degree, curve.evaluate(1.0), curve.predict(xs))
        let run = GradientDescent(learningRate: 0.01, epochs: 200).fit(x: xs, y: ys)
        let run2 = GradientDescent(learningRate: 0.01, epochs: 5, start: LinearModel(slope: 1, intercept: 0)).fit(x: xs, y: ys)
        print(run.model.slope, run.lossHistory.last!, run.losses.count, run.history.count, run.slopes.count, run.intercepts.count)
        print(meanSquaredError(predictions: model.predict(xs), targets: ys), rSquared(predictions: model.predict(xs), targets: ys),
              meanAbsoluteError(predictions: model.predict(xs), targets: ys), run2)
        """)
    }

    func testNeuralNetworkSection() {
        assertRuns("""
        let data = twoMoons(count: 60, noise: 0.2, seed: 1)
        let c = circles(count: 40, noise: 0.1, factor: 0.5, seed: 0)
        let x = xor(count: 40, noise: 0.3, seed: 0)
        let sp = spirals(count: 30, classes: 3, noise: 0.2, seed: 0)
        let own = Dataset(features: [[0.0, 1.0], [1.0, 0.0]], labels: [0, 1])
        let own2 = Dataset(features: Tensor([[0.0, 1.0]]), labels: [0])
        print(data.x.count, data.y.count, data.labels.count, data.classes.count, data.features.shape, data.points.count,
              data.count, data.classCount, data.column(0).count, data.subset([0, 1]).count, own, own2.count)
        let model = MLP(sizes: [2, 8, 1], activation: .relu, output: .sigmoid, seed: 0)
        let other = Sequential(sizes: [2, 4, 3], hiddenActivation: .gelu, outputActivation: .identity, seed: 0)
        let history = model.fit(data, epochs: 4, optimizer: Adam(learningRate: 0.01), loss: .binaryCrossEntropy,
                                batchSize: 32, seed: 0, every: 2)
        let h2 = other.fit(sp, epochs: 2, optimizer: SGD(learningRate: 0.1, momentum: 0.9))
        let h3 = model.fit(x: [[0.0, 1.0]], y: [1], epochs: 1, loss: .meanSquaredError)
        print(history.loss.last!, history.accuracy.last!, history.losses.count, history.accuracies.count, history.epochs)
        print(model.accuracy(on: data), model.parameterCount, model, model.parameters.count)
        let grid = model.decisionGrid(covering: data, margin: 0.5, resolution: 10)
        let grid2 = model.decisionGrid(xMin: -1, xMax: 1, yMin: -1, yMax: 1, resolution: 5)
        let fig = Figure(title: "Due lune")
        fig.decisionRegions(x: grid.x, y: grid.y, classes: grid.classes)
        fig.scatter(x: data.x, y: data.y, classes: data.labels)
        show(fig)
        print(grid2.values.count, model.predict([[0.0, 1.0]]), model.predict(Tensor([[0.0, 1.0]])),
              model.predictClasses([[0.0, 1.0]]), model.forward(Tensor([[0.0, 1.0]])).shape,
              model.evaluate(data, loss: .binaryCrossEntropy), other.evaluate(sp))
        print(sigmoid(0.0), sigmoid([0.0]), relu(1.0), relu([1.0]), gelu(1.0), gelu([1.0]), softmax([1.0, 2.0]),
              activation(.tanh, [0.5]))
        """)
    }

    func testTextSection() {
        assertRuns("""
        let corpus = italianAnimalCorpus()
        let course = italianCourseCorpus()
        let chars = CharacterTokenizer(corpus: corpus)
        let words = WordTokenizer(corpus: corpus, lowercased: true, minCount: 1)
        let bpe = BytePairTokenizer(corpus: corpus, vocabularySize: 320, minPairFrequency: 2)
        let encoding = bpe.encode("Il gatto nero dorme sul divano")
        print(encoding)
        print(encoding.pieces, encoding.ids, encoding.count, bpe.decode(encoding.ids))
        print(bpe.vocabularySize, bpe.tokens.count, bpe.piece(for: 300), chars.encode("gatto").ids, words.encode("il gatto").ids)
        let E = italianAnimalEmbeddings()
        print(E.analogy("gatto", minus: "miao", plus: "bau"))
        print(E.nearest(to: "gatto", count: 5))
        print(E.similarity("gatto", "cane"), E.vector(for: "gatto").count, E.contains("drago"), E.words.count, E.dimension)
        let v = E.combination(adding: ["gatto", "bau"], subtracting: ["miao"])
        let near = E.nearest(to: v, count: 3, excluding: ["gatto"])
        print(near[0].word, near[0].similarity)
        let p = E.projection(of: ["gatto", "cane", "mucca"])
        let pca = PCA(fitting: [[1, 2], [3, 5], [4, 4], [0, 1]], components: 2)
        print(pca.components, pca.explainedVariance, pca.explainedVarianceRatio, pca.mean, pca.transform([[2, 3]]))
        print(p.words, p.x, p.y)
        let own = Embeddings(words: ["a", "b"], vectors: [[1.0, 0.0], [0.0, 1.0]])
        let trained = Embeddings(corpus: "il gatto fa miao. il cane fa bau.", dimension: 2, window: 2, minCount: 1)
        let a = [1.0, 0.0]
        let b = [0.5, 0.5]
        print(own, trained, cosineSimilarity(a, b), dot(a, b), norm(a), normalized(b), add(a, b), subtract(a, b), scale(a, by: 2))
        let bigram = CharacterNGramModel(training: corpus, order: 2, smoothing: 1)
        print(bigram.probability(of: "o", after: "gatt"), bigram.probabilities(after: "ga").count, bigram.alphabet.count)
        print(bigram.averageNegativeLogLikelihood(of: "il gatto"), bigram.count(of: "a", after: "g"), bigram.order)
        print(bigram.sample(length: 20, prompt: "Il ", seed: 1), bigram.sample(length: 5, using: Random(seed: 2)))
        let d = TokenDistribution(logits: [2.0, 1.0, 0.5, -1.0], temperature: 0.8, topK: 3, topP: 0.9)
        print(d.tokens, d.probabilities, d.mostLikely, d.probability(of: 0), d.sample(seed: 1), d.sample(using: Random(seed: 3)))
        print(softmax([1.0, 2.0, 3.0], temperature: 1), d, d.vocabularySize)
        print(softmax([1.0, -Double.infinity, 3.0]))
        """)
    }

    func testTransformerSection() {
        assertRuns("""
        let corpus = "Il gatto fa miao. Il cane fa bau. Il gatto dorme. "
        let pe = positionalEncoding(positions: 8, dimension: 4)
        let q = Tensor([[1.0, 0.0], [0.0, 1.0]])
        let r = attention(query: q, key: q, value: q, causal: true)
        print(r.output, r.weights.rows, r)
        let mask = causalMask(queries: 4, keys: 4)
        let sequence = [[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]]
        let mha = MultiHeadAttention(dimension: 4, heads: 2, causal: true, seed: 0)
        let out = mha.forward(sequence)
        let outT = mha.forward(Tensor(shape: [1, 1, 4], scalars: [1.0, 0.0, 0.0, 0.0]))
        let w0 = mha.weights(head: 0)
        print(out.count, outT.shape, w0, mha.lastWeights!.shape, mha.parameterCount, mha)
        let norm = LayerNorm(dimension: 4).forward(sequence)
        print(norm.count, layerNorm([1.0, 2.0, 3.0]), mask.shape, pe.count)
        let gpt = GPT(text: corpus, layers: 1, heads: 2, dimension: 8, contextLength: 8, seed: 0)
        let ids = GPT(vocabularySize: 20, layers: 1, heads: 2, dimension: 8, contextLength: 4, seed: 0)
        print(gpt)
        let losses = gpt.train(text: corpus, steps: 4, batchSize: 4, learningRate: 3e-3, every: 2)
        let l2 = ids.train(tokens: [1, 2, 3, 4, 5, 6, 7, 8, 9], steps: 2, batchSize: 2)
        print(gpt.generate(prompt: "Il gatto", count: 8))
        print(gpt.generate(prompt: "Il gatto", length: 8, temperature: 0.8, topK: 5, seed: 1))
        print(gpt.generate(prompt: "Il gatto", count: 8, temperature: 1.2, topP: 0.9, seed: 1))
        print(ids.generate(prompt: [1, 2], count: 3), ids.beamSearch(prompt: [1], count: 2).tokens)
        let best = gpt.beamSearch(prompt: "Il cane", count: 5, beamWidth: 3)
        print(best.text, best.logProbability, best.tokens.count, best)
        print(gpt.nextTokenProbabilities(after: "Il gatt", temperature: 1).count, ids.nextTokenProbabilities(after: [1]).count)
        print(gpt.vocabulary, gpt.evaluate(text: "Il gatto fa miao."), gpt.encode("gatto"), gpt.decode([3, 4]))
        print(gpt.evaluate(tokens: gpt.encode("Il cane")))
        let scores = gpt.logits(for: "Il gatt")
        let ff = FeedForward(dimension: 4, hiddenSize: 8, seed: 0).forward(sequence)
        print(ff.count, gpt.attentionWeights(layer: 0, head: 1).count)
        print(gpt.parameterCount, gpt.vocabularySize, gpt.contextLength, gpt.dimension, gpt.layers, gpt.heads, gpt.step)
        let baseline = BigramModel(text: corpus, smoothing: 1)
        let idBigram = BigramModel(tokens: [0, 1, 2, 1], vocabularySize: 3, smoothing: 1)
        print(baseline.crossEntropy(text: "Il gatto"), baseline.probabilities(after: "g").count, idBigram.probabilities(after: 1))
        print(baseline.generate(prompt: "Il ", count: 10, seed: 0), idBigram.crossEntropy([0, 1, 2]), baseline.vocabulary.count)
        let moe = MixtureOfExperts(dimension: 4, experts: 8, active: 2, seed: 0)
        let y = moe.forward(sequence)
        print(moe.lastExpertIndices, moe.lastExpertWeights, moe.experts, moe.active)
        let sparse = GPT(text: corpus, layers: 1, heads: 2, dimension: 8, contextLength: 8, experts: 4, activeExperts: 2)
        let g = sparse.generate(prompt: "Il", count: 1)
        print(sparse.expertRouting(layer: 0).count > 0)
        """)
    }
}
