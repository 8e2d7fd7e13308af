import XCTest

/// Built-in layers are called like PyTorch modules: `layer(x)` is `layer.forward(x)` for every layer, also as a stored
/// property of a user class (`self.output(x)`) or of a native layer (`block.attention(x)`); `gpt(tokens)` is the
/// `(T, V)` logits of `logits(for:)`, recording gradients. Each call is compared with the method form in the same cell.
final class LayerCallBindingsTests: XCTestCase {
    func testEveryLayerIsCallableLikeItsForward() {
        let text = CellRunner().output("""
        let x = Tensor([[[1.0, 0.0, 2.0, -1.0], [0.5, 1.5, -0.5, 0.0], [2.0, -1.0, 0.0, 1.0]]])   // (1, 3, 4)
        let rows = [[1.0, 0.0, 2.0, -1.0], [0.5, 1.5, -0.5, 0.0]]
        let linear = Linear(inputSize: 4, outputSize: 3, activation: .tanh, seed: 1)
        let embedding = Embedding(vocabularySize: 6, dimension: 4, seed: 2)
        let norm = LayerNorm(dimension: 4)
        let attention = MultiHeadAttention(dimension: 4, heads: 2, seed: 3)
        let feedForward = FeedForward(dimension: 4, seed: 4)
        let block = TransformerBlock(dimension: 4, heads: 2, seed: 5)
        let experts = MixtureOfExperts(dimension: 4, experts: 4, active: 2, seed: 6)
        func same(_ a: Tensor, _ b: Tensor) -> Bool { a.shape == b.shape && a.scalars == b.scalars }
        print(same(linear(x), linear.forward(x)), same(embedding([3, 1, 5]), embedding.forward([3, 1, 5])),
              same(embedding(Tensor([3.0, 1.0])), embedding.forward(Tensor([3.0, 1.0]))))
        print(same(norm(x), norm.forward(x)), same(attention(x), attention.forward(x)), attention(rows) == attention.forward(rows))
        print(same(feedForward(x), feedForward.forward(x)), same(block(x), block.forward(x)),
              same(block.attention(x), block.attention.forward(x)), same(experts(x), experts.forward(x)))
        let gpt = GPT(vocabularySize: 6, layers: 1, heads: 2, dimension: 4, contextLength: 8, seed: 7)
        let logits = gpt([2, 4, 1])
        print(logits.shape, logits.requiresGrad, logits.rows == gpt.logits(for: [2, 4, 1]))
        final class Head {
            let hidden = Linear(inputSize: 4, outputSize: 8, activation: .relu, seed: 8)
            let output = Linear(inputSize: 8, outputSize: 2, seed: 9)
            func callAsFunction(_ x: Tensor) -> Tensor { output(hidden(x)) }
        }
        let head = Head()
        print(same(head(x), head.output.forward(head.hidden.forward(x))))
        """)
        XCTAssertEqual(text, "true true true\ntrue true true\ntrue true true true\n[3, 6] true true\ntrue\n")
    }
}
