#define _GNU_SOURCE /* dladdr */
#include "COpenBLAS.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
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
static char prefix[16];
static char passed_over[PATH_MAX + 160];
static nbrun_blas_library described;

/* The symbol `name` of `handle` under the library's prefix ("" for Debian's libopenblas, "scipy_" for the
   scipy-openblas32 wheel). */
static void *symbol(void *handle, const char *name) {
    char full[96];
    snprintf(full, sizeof full, "%s%s", prefix, name);
    return dlsym(handle, full);
}

/* Whether the library that was opened last was in the process already (linked by someone else): a second load
   would then return the same copy, so its core cannot be changed. */
static int resident;

/* Why the last open_file failed. */
static char open_error[PATH_MAX + 160];

/* Opens `file` and finds its symbol prefix; NULL (and the handle closed, `open_error` saying why) when it cannot be
   opened or is no OpenBLAS with 32-bit integers. */
static void *open_file(const char *file) {
    void *probe = dlopen(file, RTLD_NOW | RTLD_NOLOAD);
    resident = probe != NULL;
    if (probe != NULL) dlclose(probe);
    void *handle = dlopen(file, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *reason = dlerror();
        snprintf(open_error, sizeof open_error, "%s", reason != NULL ? reason : "cannot be opened");
        return NULL;
    }
    static const char *prefixes[] = {"", "scipy_"};
    for (size_t index = 0; index < sizeof prefixes / sizeof prefixes[0]; index++) {
        strncpy(prefix, prefixes[index], sizeof prefix - 1);
        if (symbol(handle, "cblas_dgemm") != NULL && symbol(handle, "openblas_get_config") != NULL) return handle;
    }
    prefix[0] = 0;
    dlclose(handle);
    snprintf(open_error, sizeof open_error, "%s has no cblas_dgemm with 32-bit integers (an LP64 OpenBLAS is needed)",
             file);
    return NULL;
}

static const char *core_name(void *handle) {
    string_function corename = (string_function)symbol(handle, "openblas_get_corename");
    return corename != NULL ? corename() : NULL;
}

int nbrun_blas_candidate(const char *explicit_file, const char *data_home, const char *home, int index, char *file,
                         size_t capacity, int *source) {
    if (index < 0) return 0;
    if (explicit_file != NULL && explicit_file[0] != 0) {
        if (index == 0) {
            snprintf(file, capacity, "%s", explicit_file);
            *source = NBRUN_LIBRARY_BY_ENVIRONMENT;
            return 1;
        }
        index--;
    }
    if ((data_home != NULL && data_home[0] == '/') || (home != NULL && home[0] == '/')) {
        if (index == 0) {
            if (data_home != NULL && data_home[0] == '/') {
                snprintf(file, capacity, "%s/%s", data_home, NBRUN_INSTALLED_OPENBLAS);
            } else {
                snprintf(file, capacity, "%s/.local/share/%s", home, NBRUN_INSTALLED_OPENBLAS);
            }
            *source = NBRUN_LIBRARY_INSTALLED;
            return 1;
        }
        index--;
    }
    static const char *system[] = {"libopenblas.so.0", "libopenblas.so"};
    if (index >= (int)(sizeof system / sizeof system[0])) return 0;
    snprintf(file, capacity, "%s", system[index]);
    *source = NBRUN_LIBRARY_BY_SYSTEM;
    return 1;
}

/* The first candidate that opens (see nbrun_blas_candidate); notes in `passed_over` why an explicitly named
   library (NBRUN_OPENBLAS) was not used. */
static void *open_library(const char **file) {
    static char candidate[PATH_MAX];
    const char *explicit_file = getenv("NBRUN_OPENBLAS"), *data_home = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    int source = 0;
    for (int index = 0; nbrun_blas_candidate(explicit_file, data_home, home, index, candidate, sizeof candidate,
                                             &source); index++) {
        void *handle = open_file(candidate);
        if (handle != NULL) {
            *file = candidate;
            described.library_source = source;
            return handle;
        }
        if (source == NBRUN_LIBRARY_BY_ENVIRONMENT) {
            snprintf(passed_over, sizeof passed_over, "NBRUN_OPENBLAS=%s: %s", candidate, open_error);
            described.passed_over = passed_over;
        }
    }
    return NULL;
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
    const char *file = NULL;
    void *handle = open_library(&file);
    if (handle == NULL) return NULL;
    described.symbol_prefix = prefix;
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
    handle = open_file(file);
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
        problem = open_error[0] != 0 ? open_error : "libopenblas.so.0 was not found";
        return;
    }
    dgemm = (dgemm_function)symbol(handle, "cblas_dgemm");
    sgemm = (sgemm_function)symbol(handle, "cblas_sgemm");
    get_threads = (get_threads_function)symbol(handle, "openblas_get_num_threads");
    set_threads = (set_threads_function)symbol(handle, "openblas_set_num_threads");
    dsyevd = (dsyevd_function)symbol(handle, "dsyevd_");
    problem = dgemm != NULL && sgemm != NULL ? NULL : "the OpenBLAS library has no cblas_dgemm/cblas_sgemm";

    Dl_info where;
    if (dgemm != NULL && dladdr((void *)dgemm, &where) != 0 && where.dli_fname != NULL) {
        if (realpath(where.dli_fname, path) == NULL) strncpy(path, where.dli_fname, sizeof path - 1);
        described.path = path;
    }
    string_function config = (string_function)symbol(handle, "openblas_get_config");
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
