import MathML
import XCTest

/// Golden markup for every formula of the course: the seeds (002's attention and positional encoding, with the\n/// backslashes that the seed lost restored), the notebook's regression and temperature formulas, and the\n/// softmax, neuron, complexity and loss formulas the lessons quote.
/// Expected markup was reviewed by rendering it in Chromium with Latin Modern Math (see docs/math.md).
final class CourseFormulaTests: XCTestCase {
    /// (LaTeX, display mode, expected content of the `<math>` element).
    static let cases: [(String, Bool, String)] = [
        (##"\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V"##, true,
         ##"<mi>Attention</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>Q</mi><mo>,</mo><mi>K</mi><mo>,</mo><mi>V</mi><mo stretchy="false">)</mo><mo>=</mo><mi>softmax</mi><mo>&#x2061;</mo><mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mfrac><mrow><mi>Q</mi><msup><mi>K</mi><mi>T</mi></msup></mrow><msqrt><msub><mi>d</mi><mi>k</mi></msub></msqrt></mfrac><mo fence="true" form="postfix" stretchy="true">)</mo></mrow><mi>V</mi>"##),
        (##"\text{Attention}(Q,K,V) = \text{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V"##, true,
         ##"<mtext>Attention</mtext><mo stretchy="false">(</mo><mi>Q</mi><mo>,</mo><mi>K</mi><mo>,</mo><mi>V</mi><mo stretchy="false">)</mo><mo>=</mo><mtext>softmax</mtext><mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mfrac><mrow><mi>Q</mi><msup><mi>K</mi><mi>T</mi></msup></mrow><msqrt><msub><mi>d</mi><mi>k</mi></msub></msqrt></mfrac><mo fence="true" form="postfix" stretchy="true">)</mo></mrow><mi>V</mi>"##),
        (##"PE_{(pos,2i)} = \sin\left(\frac{pos}{10000^{2i/d_{model}}}\right)"##, true,
         ##"<mi>P</mi><msub><mi>E</mi><mrow><mo stretchy="false">(</mo><mi>p</mi><mi>o</mi><mi>s</mi><mo lspace="0em" rspace="0em">,</mo><mn>2</mn><mi>i</mi><mo stretchy="false">)</mo></mrow></msub><mo>=</mo><mi>sin</mi><mo>&#x2061;</mo><mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mfrac><mrow><mi>p</mi><mi>o</mi><mi>s</mi></mrow><msup><mn>10000</mn><mrow><mn>2</mn><mi>i</mi><mo stretchy="false" lspace="0em" rspace="0em">/</mo><msub><mi>d</mi><mrow><mi>m</mi><mi>o</mi><mi>d</mi><mi>e</mi><mi>l</mi></mrow></msub></mrow></msup></mfrac><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"##),
        (##"PE_{(pos,2i+1)} = \cos\left(\frac{pos}{10000^{2i/d_{model}}}\right)"##, true,
         ##"<mi>P</mi><msub><mi>E</mi><mrow><mo stretchy="false">(</mo><mi>p</mi><mi>o</mi><mi>s</mi><mo lspace="0em" rspace="0em">,</mo><mn>2</mn><mi>i</mi><mo lspace="0em" rspace="0em">+</mo><mn>1</mn><mo stretchy="false">)</mo></mrow></msub><mo>=</mo><mi>cos</mi><mo>&#x2061;</mo><mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mfrac><mrow><mi>p</mi><mi>o</mi><mi>s</mi></mrow><msup><mn>10000</mn><mrow><mn>2</mn><mi>i</mi><mo stretchy="false" lspace="0em" rspace="0em">/</mo><msub><mi>d</mi><mrow><mi>m</mi><mi>o</mi><mi>d</mi><mi>e</mi><mi>l</mi></mrow></msub></mrow></msup></mfrac><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"##),
        (##"\operatorname{softmax}(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{n} e^{z_j}}"##, true,
         ##"<mi>softmax</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>z</mi><msub><mo stretchy="false">)</mo><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><msub><mi>z</mi><mi>i</mi></msub></msup><mrow><msubsup><mo>∑</mo><mrow><mi>j</mi><mo lspace="0em" rspace="0em">=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msup><mi>e</mi><msub><mi>z</mi><mi>j</mi></msub></msup></mrow></mfrac>"##),
        (##"\sum_{j=1}^{n} e^{z_j}"##, false,
         ##"<msubsup><mo>∑</mo><mrow><mi>j</mi><mo lspace="0em" rspace="0em">=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msup><mi>e</mi><msub><mi>z</mi><mi>j</mi></msub></msup>"##),
        (##"y = f(\sum_i w_i x_i + b)"##, false,
         ##"<mi>y</mi><mo>=</mo><mi>f</mi><mo stretchy="false">(</mo><msub><mo>∑</mo><mi>i</mi></msub><msub><mi>w</mi><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub><mo>+</mo><mi>b</mi><mo stretchy="false">)</mo>"##),
        (##"O(n^2 \cdot d)"##, false,
         ##"<mi>O</mi><mo stretchy="false">(</mo><msup><mi>n</mi><mn>2</mn></msup><mo>⋅</mo><mi>d</mi><mo stretchy="false">)</mo>"##),
        (##"m = \frac{\sum_i (x_i - \bar{x})(y_i - \bar{y})}{\sum_i (x_i - \bar{x})^2}, \qquad q = \bar{y} - m\,\bar{x}"##, true,
         ##"<mi>m</mi><mo>=</mo><mfrac><mrow><msub><mo>∑</mo><mi>i</mi></msub><mo stretchy="false">(</mo><msub><mi>x</mi><mi>i</mi></msub><mo>−</mo><mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover><mo stretchy="false">)</mo><mo stretchy="false">(</mo><msub><mi>y</mi><mi>i</mi></msub><mo>−</mo><mover accent="true"><mi>y</mi><mo stretchy="false">¯</mo></mover><mo stretchy="false">)</mo></mrow><mrow><msub><mo>∑</mo><mi>i</mi></msub><mo stretchy="false">(</mo><msub><mi>x</mi><mi>i</mi></msub><mo>−</mo><mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover><msup><mo stretchy="false">)</mo><mn>2</mn></msup></mrow></mfrac><mo>,</mo><mspace width="2em"></mspace><mi>q</mi><mo>=</mo><mover accent="true"><mi>y</mi><mo stretchy="false">¯</mo></mover><mo>−</mo><mi>m</mi><mspace width="0.1667em"></mspace><mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover>"##),
        (##"P(i) = \frac{e^{z_i / T}}{\sum_j e^{z_j / T}}"##, true,
         ##"<mi>P</mi><mo stretchy="false">(</mo><mi>i</mi><mo stretchy="false">)</mo><mo>=</mo><mfrac><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>i</mi></msub><mo stretchy="false" lspace="0em" rspace="0em">/</mo><mi>T</mi></mrow></msup><mrow><msub><mo>∑</mo><mi>j</mi></msub><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo stretchy="false" lspace="0em" rspace="0em">/</mo><mi>T</mi></mrow></msup></mrow></mfrac>"##),
        (##"\sigma(z) = \frac{1}{1 + e^{-z}}"##, true,
         ##"<mi>σ</mi><mo stretchy="false">(</mo><mi>z</mi><mo stretchy="false">)</mo><mo>=</mo><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo lspace="0em" rspace="0em">−</mo><mi>z</mi></mrow></msup></mrow></mfrac>"##),
        (##"\operatorname{ReLU}(x) = \max(0, x)"##, true,
         ##"<mi>ReLU</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>=</mo><mi>max</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo stretchy="false">)</mo>"##),
        (##"\mathrm{MSE} = \frac{1}{n}\sum_{i=1}^{n} (y_i - \hat{y}_i)^2"##, true,
         ##"<mi>MSE</mi><mo>=</mo><mfrac><mn>1</mn><mi>n</mi></mfrac><munderover><mo movablelimits="false">∑</mo><mrow><mi>i</mi><mo lspace="0em" rspace="0em">=</mo><mn>1</mn></mrow><mi>n</mi></munderover><mo stretchy="false">(</mo><msub><mi>y</mi><mi>i</mi></msub><mo>−</mo><msub><mover accent="true"><mi>y</mi><mo stretchy="false">ˆ</mo></mover><mi>i</mi></msub><msup><mo stretchy="false">)</mo><mn>2</mn></msup>"##),
        (##"w \leftarrow w - \eta \frac{\partial L}{\partial w}"##, true,
         ##"<mi>w</mi><mo>←</mo><mi>w</mi><mo>−</mo><mi>η</mi><mfrac><mrow><mo lspace="0em" rspace="0em">∂</mo><mi>L</mi></mrow><mrow><mo lspace="0em" rspace="0em">∂</mo><mi>w</mi></mrow></mfrac>"##),
        (##"\cos(\theta) = \frac{\mathbf{a} \cdot \mathbf{b}}{\|\mathbf{a}\| \, \|\mathbf{b}\|}"##, true,
         ##"<mi>cos</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>θ</mi><mo stretchy="false">)</mo><mo>=</mo><mfrac><mrow><mi>𝐚</mi><mo>⋅</mo><mi>𝐛</mi></mrow><mrow><mo stretchy="false" lspace="0em" rspace="0em">‖</mo><mi>𝐚</mi><mo stretchy="false" lspace="0em" rspace="0em">‖</mo><mspace width="0.1667em"></mspace><mo stretchy="false" lspace="0em" rspace="0em">‖</mo><mi>𝐛</mi><mo stretchy="false" lspace="0em" rspace="0em">‖</mo></mrow></mfrac>"##),
    ]

    func testEveryCaseMatchesItsGoldenMarkup() throws {
        for (latex, display, expected) in Self.cases {
            let wrapper = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display ? "block" : "inline")\">"
            XCTAssertEqual(try MathMLConverter.convert(latex, display: display), wrapper + expected + "</math>", latex)
        }
    }
}
