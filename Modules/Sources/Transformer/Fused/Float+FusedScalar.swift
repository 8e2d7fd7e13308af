import CFusedKernels
import Tensors

extension Float: FusedScalar {
    @inline(__always)
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        BLAS.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                  a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }

    @inline(__always)
    static func geluForward(output: UnsafeMutablePointer<Float>, values: UnsafeMutablePointer<Float>, count: Int) {
        nbrun_gelu_forward_f32(output, values, count)
    }

    @inline(__always)
    static func causalSoftmax(_ scores: UnsafeMutablePointer<Float>, time: Int) {
        nbrun_causal_softmax_f32(scores, time)
    }

    @inline(__always)
    static func crossEntropyForward(
        values: UnsafeMutablePointer<Float>, targets: UnsafePointer<Int32>, rows: Int, classes: Int
    ) -> Double {
        nbrun_cross_entropy_forward_f32(values, targets, rows, classes)
    }

    @inline(__always)
    static func layerNormForward(
        output: UnsafeMutablePointer<Float>, mean: UnsafeMutablePointer<Float>,
        reciprocalDeviation: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, gamma: UnsafePointer<Float>,
        beta: UnsafePointer<Float>, rows: Int, channels: Int, epsilon: Float
    ) {
        nbrun_layer_norm_forward_f32(output, mean, reciprocalDeviation, input, gamma, beta, rows, channels, epsilon)
    }

    @inline(__always)
    static func layerNormBackward(
        inputGradient: UnsafeMutablePointer<Float>, gammaGradient: UnsafeMutablePointer<Float>,
        betaGradient: UnsafeMutablePointer<Float>, outputGradient: UnsafePointer<Float>, input: UnsafePointer<Float>,
        mean: UnsafePointer<Float>, reciprocalDeviation: UnsafePointer<Float>, gamma: UnsafePointer<Float>,
        rows: Int, channels: Int
    ) {
        nbrun_layer_norm_backward_f32(
            inputGradient, gammaGradient, betaGradient, outputGradient, input, mean, reciprocalDeviation, gamma,
            rows, channels)
    }

    @inline(__always)
    static func adamUpdate(
        parameters: UnsafeMutablePointer<Float>, gradients: UnsafePointer<Float>,
        firstMoments: UnsafeMutablePointer<Float>, secondMoments: UnsafeMutablePointer<Float>, count: Int,
        rate: Float, beta1: Float, beta2: Float, epsilon: Float, correction1: Float, correction2: Float
    ) {
        nbrun_adam_update_f32(
            parameters, gradients, firstMoments, secondMoments, count, rate, beta1, beta2, epsilon,
            correction1, correction2)
    }

    @inline(__always)
    static func causalSoftmaxBackward(
        probabilities: UnsafePointer<Float>, gradient: UnsafeMutablePointer<Float>, time: Int
    ) {
        nbrun_causal_softmax_backward_f32(probabilities, gradient, time)
    }

    @inline(__always)
    static func crossEntropyBackward(
        values: UnsafeMutablePointer<Float>, targets: UnsafePointer<Int32>, rows: Int, classes: Int, scale: Float
    ) {
        nbrun_cross_entropy_backward_f32(values, targets, rows, classes, scale)
    }

    @inline(__always)
    static func biasRows(
        output: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>, residual: UnsafePointer<Float>?,
        rows: Int, columns: Int
    ) {
        nbrun_bias_rows_f32(output, bias, residual, rows, columns)
    }

    @inline(__always)
    static func addRows(
        accumulator: UnsafeMutablePointer<Float>, values: UnsafePointer<Float>, rows: Int, columns: Int
    ) {
        nbrun_add_rows_f32(accumulator, values, rows, columns)
    }

    @inline(__always)
    static func multiply(_ values: UnsafeMutablePointer<Float>, by factors: UnsafePointer<Float>, count: Int) {
        nbrun_multiply_f32(values, factors, count)
    }

    static func exponential(_ x: Float) -> Float { nbrun_exponential_f32(x) }

    static func gaussianTail(_ z: Float) -> (complement: Float, gaussian: Float) {
        var gaussian: Float = 0
        let complement = nbrun_gaussian_tail_f32(z, &gaussian)
        return (complement, gaussian)
    }

    @inline(__always)
    var doubleValue: Double { Double(self) }
}
