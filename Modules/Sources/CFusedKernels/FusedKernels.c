/* The fused GPT engine's element-wise kernels (see include/CFusedKernels.h): the scalar math of each precision
   here, the kernels once in FusedKernelTemplate.h, included for double and for float. */
#include "CFusedKernels.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* No a·b + c fused into one rounding: every clone, and the Swift loops these kernels replaced, round alike. */
#pragma STDC FP_CONTRACT OFF
#if defined(__clang__)
#pragma clang fp contract(off)
#endif

#if defined(__x86_64__) && defined(__linux__) && (defined(__clang__) || defined(__GNUC__))
#define NBRUN_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define NBRUN_CLONES
#endif

/* sqrt without the C library's errno path (the argument is never negative), so loops calling it vectorise. */
#if defined(__has_builtin)
#if __has_builtin(__builtin_elementwise_sqrt)
#define NBRUN_SQRT(x) __builtin_elementwise_sqrt(x)
#endif
#endif
#ifndef NBRUN_SQRT
#define NBRUN_SQRT(x) sqrt(x)
#endif

/* Swift's min and max (the same comparisons, so the same answers). */
#define NBRUN_MIN(x, y) ((y) < (x) ? (y) : (x))
#define NBRUN_MAX(x, y) ((y) >= (x) ? (y) : (x))

/* e^x: x = n·ln 2 + r with |r| ≤ ln 2 / 2 (Cody–Waite split of ln 2), e^r by its Taylor polynomial of degree 12
   (truncation below 2e-16) in Estrin's scheme, times 2^n built in the exponent bits. Input clamped to [−708, 709]. */
static inline __attribute__((always_inline)) double exponential_f64(double x) {
    double clamped = NBRUN_MIN(NBRUN_MAX(x, -708.0), 709.0);
    const double shifter = 0x1.8p52; /* adding it rounds to an integer held in the low mantissa bits */
    double shifted = clamped * 1.4426950408889634 + shifter;
    double n = shifted - shifter;
    double r = (clamped - n * 6.93147180369123816490e-01) - n * 1.90821492927058770002e-10;
    double r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
    double p01 = 1 + r, p23 = 0.5 + r * (1.0 / 6), p45 = 1.0 / 24 + r * (1.0 / 120);
    double p67 = 1.0 / 720 + r * (1.0 / 5040), p89 = 1.0 / 40320 + r * (1.0 / 362880);
    double p1011 = 1.0 / 3628800 + r * (1.0 / 39916800);
    double p0to3 = p01 + r2 * p23, p4to7 = p45 + r2 * p67, p8to11 = p89 + r2 * p1011;
    double p = (p0to3 + r4 * p4to7) + r8 * (p8to11 + r4 * (1.0 / 479001600));
    uint64_t bits;
    memcpy(&bits, &shifted, sizeof bits);
    bits = (bits + 1023) << 52; /* 2^n */
    double scale;
    memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

/* e^x in single precision: Taylor degree 7 (truncation below 1e-8); input clamped to [−87, 88]. */
static inline __attribute__((always_inline)) float exponential_f32(float x) {
    float clamped = NBRUN_MIN(NBRUN_MAX(x, -87.0f), 88.0f);
    const float shifter = 0x1.8p23f;
    float shifted = clamped * 1.44269504f + shifter;
    float n = shifted - shifter;
    float r = (clamped - n * 0.693359375f) + n * 2.12194440e-4f;
    float r2 = r * r, r4 = r2 * r2;
    float p01 = 1 + r, p23 = 0.5f + r * (1.0f / 6), p45 = 1.0f / 24 + r * (1.0f / 120);
    float p67 = 1.0f / 720 + r * (1.0f / 5040);
    float p = (p01 + r2 * p23) + r4 * (p45 + r2 * p67);
    uint32_t bits;
    memcpy(&bits, &shifted, sizeof bits);
    bits = (bits + 127) << 23;
    float scale;
    memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

/* For z ≥ 0: erfc(z) = t·e^(−z²)·h(y) with t = 4/(4 + z), y = (10t − 7)/3 ∈ [−1, 1] for z ∈ [0, 6], h a degree-16
   polynomial (Chebyshev interpolant of erfc(z)·e^(z²)/t; relative error below 4e-15); also returns e^(−z²). */
static inline __attribute__((always_inline)) double gaussian_tail_f64(double z, double *gaussian) {
    double g = exponential_f64(-z * z);
    double t = 4 / (4 + NBRUN_MIN(z, 6.0));
    double y = t * (10.0 / 3) - 7.0 / 3;
    double y2 = y * y, y4 = y2 * y2, y8 = y4 * y4;
    double h01 = 0.4138887376049489 + y * 0.2950839410624911;
    double h23 = 0.16982285096109087 + y * 0.0795702512178064;
    double h45 = 0.030199685327136433 + y * 0.009083263021198888;
    double h67 = 0.002051385822731415 + y * 0.00029868951755897423;
    double h89 = 9.318049705190286e-06 + y * -6.921646442516307e-06;
    double h1011 = -1.3178250776847149e-06 + y * 6.576050499183924e-08;
    double h1213 = 5.15826924779195e-08 + y * 1.4156887946666659e-09;
    double h1415 = -1.8325181269441906e-09 + y * -9.947964124206856e-11;
    double h0to3 = h01 + y2 * h23, h4to7 = h45 + y2 * h67, h8to11 = h89 + y2 * h1011, h12to15 = h1213 + y2 * h1415;
    double h0to7 = h0to3 + y4 * h4to7, h8to15 = h8to11 + y4 * h12to15;
    double h = h0to7 + y8 * (h8to15 + y8 * 5.996351761849536e-11);
    *gaussian = g;
    return t * h * g;
}

/* Single precision: t = 3/(3 + z), y = 3.5t − 2.5 ∈ [−1, 1] for z ∈ [0, 4], h of degree 7 (relative error below
   1e-6); beyond z = 4, erfc(z) < 2e-8. */
static inline __attribute__((always_inline)) float gaussian_tail_f32(float z, float *gaussian) {
    float g = exponential_f32(-z * z);
    float t = 3 / (3 + NBRUN_MIN(z, 4.0f));
    float y = t * 3.5f - 2.5f;
    float y2 = y * y, y4 = y2 * y2;
    float h01 = 0.5299523607865375f + y * 0.30519881625782763f;
    float h23 = 0.12415243779428727f + y * 0.03476069298549569f;
    float h45 = 0.005847361350574952f + y * 0.0002232970548499785f;
    float h67 = -0.00011948187016186897f + y * -1.550906511473597e-05f;
    float h = (h01 + y2 * h23) + y4 * (h45 + y2 * h67);
    *gaussian = g;
    return t * h * g;
}

double nbrun_exponential_f64(double x) { return exponential_f64(x); }
float nbrun_exponential_f32(float x) { return exponential_f32(x); }
double nbrun_gaussian_tail_f64(double z, double *gaussian) { return gaussian_tail_f64(z, gaussian); }
float nbrun_gaussian_tail_f32(float z, float *gaussian) { return gaussian_tail_f32(z, gaussian); }

#define SCALAR double
#define SUFFIX(name) name##_f64
#define EXPONENTIAL exponential_f64
#define GAUSSIAN_TAIL gaussian_tail_f64
#define LOGARITHM log
#include "FusedKernelTemplate.h"
#undef SCALAR
#undef SUFFIX
#undef EXPONENTIAL
#undef GAUSSIAN_TAIL
#undef LOGARITHM

#define SCALAR float
#define SUFFIX(name) name##_f32
#define EXPONENTIAL exponential_f32
#define GAUSSIAN_TAIL gaussian_tail_f32
#define LOGARITHM logf
#include "FusedKernelTemplate.h"
