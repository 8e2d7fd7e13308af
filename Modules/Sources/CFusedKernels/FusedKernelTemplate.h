/* The kernels of include/CFusedKernels.h for one precision; FusedKernels.c includes this file once per precision
   with SCALAR (the type), SUFFIX(name) (name_f64 / name_f32), EXPONENTIAL, GAUSSIAN_TAIL and LOGARITHM defined.
   Each loop is written in the order of operations of the Swift loops it replaced (Transformer/Fused). */

/* Σ x[i] with four independent accumulators (a fixed association, so any vector width gives the same sum). */
static inline __attribute__((always_inline)) SCALAR SUFFIX(sum)(const SCALAR *x, long count) {
    SCALAR a = 0, b = 0, c = 0, d = 0;
    long i = 0;
    for (; i + 3 < count; i += 4) {
        a += x[i];
        b += x[i + 1];
        c += x[i + 2];
        d += x[i + 3];
    }
    for (; i < count; i++) a += x[i];
    return (a + b) + (c + d);
}

/* The largest x[i] (−∞ for an empty vector). */
static inline __attribute__((always_inline)) SCALAR SUFFIX(maximum)(const SCALAR *x, long count) {
    SCALAR a = -INFINITY, b = -INFINITY;
    long i = 0;
    for (; i + 1 < count; i += 2) {
        a = x[i] > a ? x[i] : a;
        b = x[i + 1] > b ? x[i + 1] : b;
    }
    if (i < count) a = x[i] > a ? x[i] : a;
    return a > b ? a : b;
}

NBRUN_CLONES void SUFFIX(nbrun_gelu_forward)(SCALAR *restrict output, SCALAR *restrict values, long count) {
    const SCALAR inverse_square_root_2 = (SCALAR)0.70710678118654752440084436210484903928483593768847;
    const SCALAR inverse_square_root_2pi = (SCALAR)0.39894228040143267793994605993438186847585863116493;
    for (long i = 0; i < count; i++) {
        SCALAR x = values[i];
        /* Φ(x) = 1 − ½·erfc(x/√2) for x ≥ 0 and ½·erfc(|x|/√2) below, accurate in both tails. */
        SCALAR gaussian;
        SCALAR complement = GAUSSIAN_TAIL((x < 0 ? -x : x) * inverse_square_root_2, &gaussian);
        SCALAR half = complement / 2;
        SCALAR cdf = x < 0 ? half : 1 - half;
        output[i] = x * cdf;
        values[i] = cdf + x * gaussian * inverse_square_root_2pi; /* φ(x) = e^(−x²/2)/√(2π) */
    }
}

/* Softmax of the first `visible` entries of a row in place, zeros after them. */
static inline __attribute__((always_inline)) void SUFFIX(softmax_row)(SCALAR *row, long visible, long width) {
    SCALAR largest = SUFFIX(maximum)(row, visible);
    /* Exponentiate a multiple of 8 entries when the row has them, so the vector loop needs no scalar remainder;
       the extras (finite: EXPONENTIAL clamps) are overwritten with zeros below. */
    long padded = (visible + 7) & ~7L;
    if (padded > width) padded = width;
    for (long j = 0; j < padded; j++) row[j] = EXPONENTIAL(row[j] - largest);
    SCALAR inverse = 1 / SUFFIX(sum)(row, visible);
    for (long j = 0; j < visible; j++) row[j] *= inverse;
    for (long j = visible; j < width; j++) row[j] = 0;
}

NBRUN_CLONES void SUFFIX(nbrun_causal_softmax)(SCALAR *scores, long time) {
    for (long t = 0; t < time; t++) SUFFIX(softmax_row)(scores + t * time, t + 1, time);
}

NBRUN_CLONES double SUFFIX(nbrun_cross_entropy_forward)(SCALAR *values, const int *targets, long rows, long classes) {
    double total = 0;
    for (long row = 0; row < rows; row++) {
        SCALAR *x = values + row * classes;
        SCALAR largest = SUFFIX(maximum)(x, classes);
        SCALAR target = x[targets[row]];
        for (long j = 0; j < classes; j++) x[j] = EXPONENTIAL(x[j] - largest);
        SCALAR sum = SUFFIX(sum)(x, classes);
        total -= (double)(target - largest - LOGARITHM(sum));
        SCALAR inverse = 1 / sum;
        for (long j = 0; j < classes; j++) x[j] *= inverse;
    }
    return total;
}

NBRUN_CLONES void SUFFIX(nbrun_layer_norm_forward)(SCALAR *restrict output, SCALAR *restrict mean,
                                                    SCALAR *restrict reciprocal, const SCALAR *restrict input,
                                                    const SCALAR *restrict gamma, const SCALAR *restrict beta,
                                                    long rows, long channels, SCALAR epsilon) {
    SCALAR width = (SCALAR)channels;
    for (long row = 0; row < rows; row++) {
        const SCALAR *x = input + row * channels;
        SCALAR *y = output + row * channels;
        SCALAR mu = SUFFIX(sum)(x, channels) / width;
        /* Σ (x − μ)², four accumulators as `sum`. */
        SCALAR a = 0, b = 0, c = 0, d = 0;
        long i = 0;
        for (; i + 3 < channels; i += 4) {
            SCALAR u = x[i] - mu, v = x[i + 1] - mu, w = x[i + 2] - mu, z = x[i + 3] - mu;
            a += u * u;
            b += v * v;
            c += w * w;
            d += z * z;
        }
        for (; i < channels; i++) a += (x[i] - mu) * (x[i] - mu);
        SCALAR variance = ((a + b) + (c + d)) / width;
        SCALAR r = 1 / NBRUN_SQRT(variance + epsilon);
        mean[row] = mu;
        reciprocal[row] = r;
        for (long j = 0; j < channels; j++) y[j] = (x[j] - mu) * r * gamma[j] + beta[j];
    }
}

NBRUN_CLONES void SUFFIX(nbrun_layer_norm_backward)(SCALAR *restrict input_gradient, SCALAR *restrict gamma_gradient,
                                                     SCALAR *restrict beta_gradient,
                                                     const SCALAR *restrict output_gradient,
                                                     const SCALAR *restrict input, const SCALAR *restrict mean,
                                                     const SCALAR *restrict reciprocal, const SCALAR *restrict gamma,
                                                     long rows, long channels) {
    SCALAR width = (SCALAR)channels;
    for (long row = 0; row < rows; row++) {
        const SCALAR *x = input + row * channels;
        const SCALAR *g = output_gradient + row * channels;
        SCALAR *dx = input_gradient + row * channels;
        SCALAR mu = mean[row], r = reciprocal[row];
        SCALAR sum0 = 0, sum1 = 0, dot0 = 0, dot1 = 0;
        long i = 0;
        for (; i + 1 < channels; i += 2) {
            SCALAR scaled0 = g[i] * gamma[i], scaled1 = g[i + 1] * gamma[i + 1];
            sum0 += scaled0;
            sum1 += scaled1;
            dot0 += scaled0 * ((x[i] - mu) * r);
            dot1 += scaled1 * ((x[i + 1] - mu) * r);
        }
        if (i < channels) {
            SCALAR scaled = g[i] * gamma[i];
            sum0 += scaled;
            dot0 += scaled * ((x[i] - mu) * r);
        }
        SCALAR sum = sum0 + sum1, dot = dot0 + dot1;
        SCALAR scale = r / width;
        for (long j = 0; j < channels; j++) {
            SCALAR normalized = (x[j] - mu) * r;
            gamma_gradient[j] += g[j] * normalized;
            beta_gradient[j] += g[j];
            dx[j] += scale * (width * (g[j] * gamma[j]) - sum - normalized * dot);
        }
    }
}

NBRUN_CLONES void SUFFIX(nbrun_adam_update)(SCALAR *restrict parameters, const SCALAR *restrict gradients,
                                             SCALAR *restrict first, SCALAR *restrict second, long count,
                                             SCALAR rate, SCALAR beta1, SCALAR beta2, SCALAR epsilon,
                                             SCALAR correction1, SCALAR correction2) {
    SCALAR one_minus_beta1 = 1 - beta1, one_minus_beta2 = 1 - beta2;
    for (long i = 0; i < count; i++) {
        SCALAR g = gradients[i];
        SCALAR m = beta1 * first[i] + one_minus_beta1 * g;
        SCALAR v = beta2 * second[i] + one_minus_beta2 * g * g;
        first[i] = m;
        second[i] = v;
        SCALAR m_hat = m / correction1;
        SCALAR v_hat = v / correction2;
        parameters[i] -= rate * m_hat / (NBRUN_SQRT(v_hat < 0 ? -v_hat : v_hat) + epsilon);
    }
}

/* Σ x[i]·y[i], four accumulators as `sum`. */
static inline __attribute__((always_inline)) SCALAR SUFFIX(dot)(const SCALAR *x, const SCALAR *y, long count) {
    SCALAR a = 0, b = 0, c = 0, d = 0;
    long i = 0;
    for (; i + 3 < count; i += 4) {
        a += x[i] * y[i];
        b += x[i + 1] * y[i + 1];
        c += x[i + 2] * y[i + 2];
        d += x[i + 3] * y[i + 3];
    }
    for (; i < count; i++) a += x[i] * y[i];
    return (a + b) + (c + d);
}

NBRUN_CLONES void SUFFIX(nbrun_causal_softmax_backward)(const SCALAR *restrict probabilities,
                                                         SCALAR *restrict gradient, long time) {
    for (long t = 0; t < time; t++) {
        const SCALAR *row = probabilities + t * time;
        SCALAR *d = gradient + t * time;
        long visible = t + 1;
        SCALAR dot = SUFFIX(dot)(row, d, visible);
        for (long j = 0; j < visible; j++) d[j] = row[j] * (d[j] - dot);
        for (long j = visible; j < time; j++) d[j] = 0;
    }
}

NBRUN_CLONES void SUFFIX(nbrun_cross_entropy_backward)(SCALAR *values, const int *targets, long rows, long classes,
                                                        SCALAR scale) {
    for (long row = 0; row < rows; row++) {
        SCALAR *x = values + row * classes;
        for (long j = 0; j < classes; j++) x[j] *= scale;
        x[targets[row]] -= scale;
    }
}

NBRUN_CLONES void SUFFIX(nbrun_bias_rows)(SCALAR *restrict output, const SCALAR *restrict bias,
                                           const SCALAR *restrict residual, long rows, long columns) {
    for (long row = 0; row < rows; row++) {
        SCALAR *y = output + row * columns;
        if (residual != 0) {
            const SCALAR *skip = residual + row * columns;
            for (long j = 0; j < columns; j++) y[j] = skip[j] + bias[j];
        } else {
            for (long j = 0; j < columns; j++) y[j] = bias[j];
        }
    }
}

NBRUN_CLONES void SUFFIX(nbrun_add_rows)(SCALAR *restrict accumulator, const SCALAR *restrict values, long rows,
                                          long columns) {
    for (long row = 0; row < rows; row++) {
        const SCALAR *g = values + row * columns;
        for (long j = 0; j < columns; j++) accumulator[j] += g[j];
    }
}

NBRUN_CLONES void SUFFIX(nbrun_multiply)(SCALAR *restrict values, const SCALAR *restrict factors, long count) {
    for (long i = 0; i < count; i++) values[i] *= factors[i];
}
