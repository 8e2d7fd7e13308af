#ifndef NBRUN_COPENBLAS_H
#define NBRUN_COPENBLAS_H

/*
 * OpenBLAS, loaded on first use.
 *
 * nbrun does not link OpenBLAS: loading it starts its worker threads, which then spin on a core for about 0.1 s
 * (and after every parallel call), whether or not the program ever multiplies a matrix. These wrappers open
 * libopenblas.so.0 the first time one of them runs, after setting OPENBLAS_THREAD_TIMEOUT (unless the user set it)
 * so idle workers go to sleep after about a millisecond instead.
 */

#if __has_include(<malloc.h>)
#include <malloc.h> /* glibc's mallopt, used by TensorRuntime to keep large tensor buffers in the heap. */
#endif

/* cblas_dgemm on row-major matrices; `transpose_a`/`transpose_b` are 0 or 1. Without OpenBLAS, a plain loop. */
void nbrun_dgemm(int transpose_a, int transpose_b, int m, int n, int k, double alpha, const double *a, int lda,
                 const double *b, int ldb, double beta, double *c, int ldc);

/* cblas_sgemm, as nbrun_dgemm. */
void nbrun_sgemm(int transpose_a, int transpose_b, int m, int n, int k, float alpha, const float *a, int lda,
                 const float *b, int ldb, float beta, float *c, int ldc);

/* The plain loops the two wrappers fall back on without OpenBLAS (exposed for tests). */
void nbrun_plain_dgemm(int transpose_a, int transpose_b, int m, int n, int k, double alpha, const double *a, int lda,
                       const double *b, int ldb, double beta, double *c, int ldc);
void nbrun_plain_sgemm(int transpose_a, int transpose_b, int m, int n, int k, float alpha, const float *a, int lda,
                       const float *b, int ldb, float beta, float *c, int ldc);

/* openblas_get_num_threads / openblas_set_num_threads (1 without OpenBLAS; setting is then ignored). */
int nbrun_blas_threads(void);
void nbrun_set_blas_threads(int count);

/* LAPACK's dsyevd_ (Fortran calling convention, LP64 ints). Without OpenBLAS, sets *info to -1000. */
void nbrun_dsyevd(const char *jobz, const char *uplo, const int *n, double *a, const int *lda, double *w,
                  double *work, const int *lwork, int *iwork, const int *liwork, int *info);

/* NULL once OpenBLAS is loaded, otherwise why it could not be (after the first call of a wrapper). */
const char *nbrun_blas_problem(void);

#endif
