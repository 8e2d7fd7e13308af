#define _GNU_SOURCE /* dladdr */
#include "COpenBLAS.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum { ROW_MAJOR = 101, NO_TRANSPOSE = 111, TRANSPOSE = 112 };

typedef void (*dgemm_function)(int, int, int, int, int, int, double, const double *, int, const double *, int,
                               double, double *, int);
typedef void (*sgemm_function)(int, int, int, int, int, int, float, const float *, int, const float *, int, float,
                               float *, int);
typedef int (*get_threads_function)(void);
typedef void (*set_threads_function)(int);
typedef void (*dsyevd_function)(const char *, const char *, const int *, double *, const int *, double *, double *,
                                const int *, int *, const int *, int *);

typedef char *(*string_function)(void);

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static dgemm_function dgemm;
static sgemm_function sgemm;
static get_threads_function get_threads;
static set_threads_function set_threads;
static dsyevd_function dsyevd;
static const char *problem = "OpenBLAS has not been loaded yet";

static char path[PATH_MAX];
static char library_core[32];
static char user_core[64];
static nbrun_blas_library described;

static void *open_library(void) {
    const char *names[] = {"libopenblas.so.0", "libopenblas.so"};
    void *handle = NULL;
    for (size_t index = 0; index < sizeof names / sizeof names[0] && handle == NULL; index++) {
        handle = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    }
    return handle;
}

static const char *core_name(void *handle) {
    string_function corename = (string_function)dlsym(handle, "openblas_get_corename");
    return corename != NULL ? corename() : NULL;
}

/* Loads the library and, unless the user set OPENBLAS_CORETYPE, makes sure it runs kernels as wide as the CPU's
   vector instructions (see "Kernel selection" in COpenBLAS.h): the library reads OPENBLAS_CORETYPE only in its
   constructor, so a second choice needs a second load. Fills `described`. */
static void *open_with_matching_core(void) {
    const char *user = getenv("OPENBLAS_CORETYPE");
    if (user != NULL) {
        strncpy(user_core, user, sizeof user_core - 1);
        described.user_core = user_core;
        described.core_source = NBRUN_CORE_BY_ENVIRONMENT;
    }
    /* Already in the process (linked by someone else): a second load would return the same copy. */
    void *probe = dlopen("libopenblas.so.0", RTLD_NOW | RTLD_NOLOAD);
    int resident = probe != NULL;
    if (probe != NULL) dlclose(probe);
    void *handle = open_library();
    if (handle == NULL) return NULL;
    const char *chosen = core_name(handle);
    if (chosen != NULL) strncpy(library_core, chosen, sizeof library_core - 1);
    described.library_core = chosen != NULL ? library_core : NULL;
    if (user != NULL || resident || chosen == NULL) return handle;

    nbrun_cpu_info cpu;
    nbrun_cpu_detect(&cpu);
    const char *better = nbrun_blas_core_override(cpu.flags, library_core, NULL);
    if (better == NULL) return handle;
    dlclose(handle);
    setenv("OPENBLAS_CORETYPE", better, 1);
    handle = open_library();
    unsetenv("OPENBLAS_CORETYPE");
    if (handle != NULL) described.core_source = NBRUN_CORE_BY_NBRUN;
    return handle;
}

static void load(void) {
    /* Workers spin 2^THREAD_TIMEOUT cycles before sleeping: 2^20 (about half a millisecond) keeps them warm
       between the products of one computation; OpenBLAS's default, 2^28, keeps a core busy for 0.1 s. */
    setenv("OPENBLAS_THREAD_TIMEOUT", "20", 0);
    void *handle = open_with_matching_core();
    if (handle == NULL) {
        const char *reason = dlerror();
        problem = reason != NULL ? reason : "libopenblas.so.0 was not found";
        return;
    }
    dgemm = (dgemm_function)dlsym(handle, "cblas_dgemm");
    sgemm = (sgemm_function)dlsym(handle, "cblas_sgemm");
    get_threads = (get_threads_function)dlsym(handle, "openblas_get_num_threads");
    set_threads = (set_threads_function)dlsym(handle, "openblas_set_num_threads");
    dsyevd = (dsyevd_function)dlsym(handle, "dsyevd_");
    problem = dgemm != NULL && sgemm != NULL ? NULL : "libopenblas.so.0 has no cblas_dgemm/cblas_sgemm";

    Dl_info where;
    if (dgemm != NULL && dladdr((void *)dgemm, &where) != 0 && where.dli_fname != NULL) {
        if (realpath(where.dli_fname, path) == NULL) strncpy(path, where.dli_fname, sizeof path - 1);
        described.path = path;
    }
    string_function config = (string_function)dlsym(handle, "openblas_get_config");
    described.config = config != NULL ? config() : NULL;
    described.core = core_name(handle);
}

static void ensure_loaded(void) { pthread_once(&load_once, load); }

const char *nbrun_blas_problem(void) {
    ensure_loaded();
    return problem;
}

int nbrun_blas_describe(nbrun_blas_library *library) {
    ensure_loaded();
    *library = described;
    return problem == NULL;
}

/* The fallback product: C = alpha·op(A)·op(B) + beta·C, row-major, in the same order of operations for both types. */
#define PLAIN_GEMM(TYPE)                                                                                         \
    for (int i = 0; i < m; i++) {                                                                                \
        for (int j = 0; j < n; j++) {                                                                            \
            TYPE sum = 0;                                                                                        \
            for (int p = 0; p < k; p++) {                                                                        \
                TYPE x = transpose_a ? a[(size_t)p * lda + i] : a[(size_t)i * lda + p];                          \
                TYPE y = transpose_b ? b[(size_t)j * ldb + p] : b[(size_t)p * ldb + j];                          \
                sum += x * y;                                                                                    \
            }                                                                                                    \
            TYPE *target = &c[(size_t)i * ldc + j];                                                              \
            *target = alpha * sum + (beta == 0 ? 0 : beta * *target);                                            \
        }                                                                                                        \
    }

void nbrun_dgemm(int transpose_a, int transpose_b, int m, int n, int k, double alpha, const double *a, int lda,
                 const double *b, int ldb, double beta, double *c, int ldc) {
    ensure_loaded();
    if (dgemm != NULL) {
        dgemm(ROW_MAJOR, transpose_a ? TRANSPOSE : NO_TRANSPOSE, transpose_b ? TRANSPOSE : NO_TRANSPOSE, m, n, k,
              alpha, a, lda, b, ldb, beta, c, ldc);
        return;
    }
    nbrun_plain_dgemm(transpose_a, transpose_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

void nbrun_plain_dgemm(int transpose_a, int transpose_b, int m, int n, int k, double alpha, const double *a, int lda,
                       const double *b, int ldb, double beta, double *c, int ldc) {
    PLAIN_GEMM(double)
}

void nbrun_sgemm(int transpose_a, int transpose_b, int m, int n, int k, float alpha, const float *a, int lda,
                 const float *b, int ldb, float beta, float *c, int ldc) {
    ensure_loaded();
    if (sgemm != NULL) {
        sgemm(ROW_MAJOR, transpose_a ? TRANSPOSE : NO_TRANSPOSE, transpose_b ? TRANSPOSE : NO_TRANSPOSE, m, n, k,
              alpha, a, lda, b, ldb, beta, c, ldc);
        return;
    }
    nbrun_plain_sgemm(transpose_a, transpose_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

void nbrun_plain_sgemm(int transpose_a, int transpose_b, int m, int n, int k, float alpha, const float *a, int lda,
                       const float *b, int ldb, float beta, float *c, int ldc) {
    PLAIN_GEMM(float)
}

int nbrun_blas_threads(void) {
    ensure_loaded();
    return get_threads != NULL ? get_threads() : 1;
}

void nbrun_set_blas_threads(int count) {
    ensure_loaded();
    if (set_threads != NULL) set_threads(count);
}

void nbrun_dsyevd(const char *jobz, const char *uplo, const int *n, double *a, const int *lda, double *w,
                  double *work, const int *lwork, int *iwork, const int *liwork, int *info) {
    ensure_loaded();
    if (dsyevd == NULL) {
        *info = -1000;
        return;
    }
    dsyevd(jobz, uplo, n, a, lda, w, work, lwork, iwork, liwork, info);
}
