#ifndef NBRUN_CFUSEDKERNELS_H
#define NBRUN_CFUSEDKERNELS_H

/*
 * The element-wise kernels of the fused GPT engine (Modules/Sources/Transformer/Fused), in C so that one build runs
 * them on the widest vectors of the CPU at hand: on x86-64 Linux every kernel is compiled three times (AVX-512,
 * AVX2, baseline SSE2) and the dynamic loader picks the clone once (GCC/Clang target_clones). Floating-point
 * contraction is off and every reduction has a fixed number of accumulators, so all clones — and the Swift loops
 * these replaced — round identically: results do not depend on the CPU.
 *
 * Suffix _f64 for double, _f32 for float; counts are element counts, matrices row-major.
 */

/* GELU (exact, erf-based): output = x·Φ(x); `values` holds x on entry and gelu′(x) = Φ(x) + x·φ(x) on return. */
void nbrun_gelu_forward_f64(double *output, double *values, long count);
void nbrun_gelu_forward_f32(float *output, float *values, long count);

/* Causal softmax of a (time, time) score block in place: row t over its first t + 1 entries, zeros after them. */
void nbrun_causal_softmax_f64(double *scores, long time);
void nbrun_causal_softmax_f32(float *scores, long time);

/* Softmax of each (rows, classes) row of logits in place; returns Σ_rows −log p[target]. */
double nbrun_cross_entropy_forward_f64(double *values, const int *targets, long rows, long classes);
double nbrun_cross_entropy_forward_f32(float *values, const int *targets, long rows, long classes);

/* Layer norm over the channels of each row: output, mean and 1/√(σ² + ε) per row. */
void nbrun_layer_norm_forward_f64(double *output, double *mean, double *reciprocal, const double *input,
                                  const double *gamma, const double *beta, long rows, long channels, double epsilon);
void nbrun_layer_norm_forward_f32(float *output, float *mean, float *reciprocal, const float *input,
                                  const float *gamma, const float *beta, long rows, long channels, float epsilon);

/* Layer norm backward: adds into the input, gamma and beta gradients. */
void nbrun_layer_norm_backward_f64(double *input_gradient, double *gamma_gradient, double *beta_gradient,
                                   const double *output_gradient, const double *input, const double *mean,
                                   const double *reciprocal, const double *gamma, long rows, long channels);
void nbrun_layer_norm_backward_f32(float *input_gradient, float *gamma_gradient, float *beta_gradient,
                                   const float *output_gradient, const float *input, const float *mean,
                                   const float *reciprocal, const float *gamma, long rows, long channels);

/* One Adam update of `count` parameters (corrections 1 − βᵗ precomputed). */
void nbrun_adam_update_f64(double *parameters, const double *gradients, double *first, double *second, long count,
                           double rate, double beta1, double beta2, double epsilon, double correction1,
                           double correction2);
void nbrun_adam_update_f32(float *parameters, const float *gradients, float *first, float *second, long count,
                           float rate, float beta1, float beta2, float epsilon, float correction1, float correction2);

/* Softmax backward on a causal (time, time) block: `gradient` holds dP on entry and dS = P∘(dP − Σ P·dP) (row-wise,
   zeros above the diagonal) on return. */
void nbrun_causal_softmax_backward_f64(const double *probabilities, double *gradient, long time);
void nbrun_causal_softmax_backward_f32(const float *probabilities, float *gradient, long time);

/* dlogits = (p − onehot(target))·scale in place over the probabilities. */
void nbrun_cross_entropy_backward_f64(double *values, const int *targets, long rows, long classes, double scale);
void nbrun_cross_entropy_backward_f32(float *values, const int *targets, long rows, long classes, float scale);

/* output[row] = bias (+ residual[row] when `residual` is not NULL), for each of `rows` rows of `columns`. */
void nbrun_bias_rows_f64(double *output, const double *bias, const double *residual, long rows, long columns);
void nbrun_bias_rows_f32(float *output, const float *bias, const float *residual, long rows, long columns);

/* accumulator[j] += Σ_rows values[row][j], rows added in order. */
void nbrun_add_rows_f64(double *accumulator, const double *values, long rows, long columns);
void nbrun_add_rows_f32(float *accumulator, const float *values, long rows, long columns);

/* values[i] *= factors[i]. */
void nbrun_multiply_f64(double *values, const double *factors, long count);
void nbrun_multiply_f32(float *values, const float *factors, long count);

/* The scalar functions behind the kernels, for tests: e^x, and erfc(z) with e^(−z²) for z ≥ 0. */
double nbrun_exponential_f64(double x);
float nbrun_exponential_f32(float x);
double nbrun_gaussian_tail_f64(double z, double *gaussian);
float nbrun_gaussian_tail_f32(float z, float *gaussian);

#endif
