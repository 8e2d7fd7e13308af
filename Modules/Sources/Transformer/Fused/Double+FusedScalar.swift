import CFusedKernels
import Tensors

extension Double: FusedScalar {
    @inline(__always)
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int, beta: Double,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        BLAS.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                  a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }

    @inline(__always)
    static func geluForward(output: UnsafeMutablePointer<Double>, values: UnsafeMutablePointer<Double>, count: Int) {
        nbrun_gelu_forward_f64(output, values, count)
    }

    @inline(__always)
    static func causalSoftmax(_ scores: UnsafeMutablePointer<Double>, time: Int) {
        nbrun_causal_softmax_f64(scores, time)
    }

    @inline(__always)
    static func crossEntropyForward(
        values: UnsafeMutablePointer<Double>, targets: UnsafePointer<Int32>, rows: Int, classes: Int
    ) -> Double {
        nbrun_cross_entropy_forward_f64(values, targets, rows, classes)
    }

    @inline(__always)
    static func layerNormForward(
        output: UnsafeMutablePointer<Double>, mean: UnsafeMutablePointer<Double>,
        reciprocalDeviation: UnsafeMutablePointer<Double>, input: UnsafePointer<Double>, gamma: UnsafePointer<Double>,
        beta: UnsafePointer<Double>, rows: Int, channels: Int, epsilon: Double
    ) {
        nbrun_layer_norm_forward_f64(output, mean, reciprocalDeviation, input, gamma, beta, rows, channels, epsilon)
    }

    @inline(__always)
    static func layerNormBackward(
        inputGradient: UnsafeMutablePointer<Double>, gammaGradient: UnsafeMutablePointer<Double>,
        betaGradient: UnsafeMutablePointer<Double>, outputGradient: UnsafePointer<Double>, input: UnsafePointer<Double>,
        mean: UnsafePointer<Double>, reciprocalDeviation: UnsafePointer<Double>, gamma: UnsafePointer<Double>,
        rows: Int, channels: Int
    ) {
        nbrun_layer_norm_backward_f64(
            inputGradient, gammaGradient, betaGradient, outputGradient, input, mean, reciprocalDeviation, gamma,
            rows, channels)
    }

    @inline(__always)
    static func adamUpdate(
        parameters: UnsafeMutablePointer<Double>, gradients: UnsafePointer<Double>,
        firstMoments: UnsafeMutablePointer<Double>, secondMoments: UnsafeMutablePointer<Double>, count: Int,
        rate: Double, beta1: Double, beta2: Double, epsilon: Double, correction1: Double, correction2: Double
    ) {
        nbrun_adam_update_f64(
            parameters, gradients, firstMoments, secondMoments, count, rate, beta1, beta2, epsilon,
            correction1, correction2)
    }

    @inline(__always)
    static func causalSoftmaxBackward(
        probabilities: UnsafePointer<Double>, gradient: UnsafeMutablePointer<Double>, time: Int
    ) {
        nbrun_causal_softmax_backward_f64(probabilities, gradient, time)
    }

    @inline(__always)
    static func crossEntropyBackward(
        values: UnsafeMutablePointer<Double>, targets: UnsafePointer<Int32>, rows: Int, classes: Int, scale: Double
    ) {
        nbrun_cross_entropy_backward_f64(values, targets, rows, classes, scale)
    }

    @inline(__always)
    static func biasRows(
        output: UnsafeMutablePointer<Double>, bias: UnsafePointer<Double>, residual: UnsafePointer<Double>?,
        rows: Int, columns: Int
    ) {
        nbrun_bias_rows_f64(output, bias, residual, rows, columns)
    }

    @inline(__always)
    static func addRows(
        accumulator: UnsafeMutablePointer<Double>, values: UnsafePointer<Double>, rows: Int, columns: Int
    ) {
        nbrun_add_rows_f64(accumulator, values, rows, columns)
    }

    @inline(__always)
    static func multiply(_ values: UnsafeMutablePointer<Double>, by factors: UnsafePointer<Double>, count: Int) {
        nbrun_multiply_f64(values, factors, count)
    }

    static func exponential(_ x: Double) -> Double { nbrun_exponential_f64(x) }

    static func gaussianTail(_ z: Double) -> (complement: Double, gaussian: Double) {
        var gaussian: Double = 0
        let complement = nbrun_gaussian_tail_f64(z, &gaussian)
        return (complement, gaussian)
    }

    @inline(__always)
    var doubleValue: Double { self }
}
