#ifndef NBRUN_COPENBLAS_H
#define NBRUN_COPENBLAS_H

/*
 * OpenBLAS, loaded on first use.
 *
 * nbrun does not link OpenBLAS: loading it starts its worker threads, which then spin on a core for about 0.1 s
 * (and after every parallel call), whether or not the program ever multiplies a matrix. These wrappers open
 * OpenBLAS (see "Library selection" below) the first time one of them runs, after setting OPENBLAS_THREAD_TIMEOUT
 * (unless the user set it) so idle workers go to sleep after about a millisecond instead.
 */

#include <stddef.h>

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

/*
 * Kernel selection.
 *
 * OpenBLAS's DYNAMIC_ARCH builds pick their kernels ("core") from the CPU model when the library is loaded, and
 * a library older than the CPU may not know the model: Debian's 0.3.21 runs Intel family 6 model 207 (AVX-512)
 * on its generic SSE3 "Prescott" kernels. The loader therefore loads the library, asks which core it chose, and
 * when that core uses narrower vector instructions than the CPU offers, loads it again with OPENBLAS_CORETYPE
 * naming the matching core (the library reads the variable only while loading; nbrun removes it again after).
 * A user's own OPENBLAS_CORETYPE is always left alone.
 */

/* Instruction sets, as detected by cpuid and usable under the running OS (xgetbv). */
enum {
    NBRUN_CPU_SSE2 = 1 << 0,
    NBRUN_CPU_SSE3 = 1 << 1,
    NBRUN_CPU_SSSE3 = 1 << 2,
    NBRUN_CPU_SSE4_1 = 1 << 3,
    NBRUN_CPU_SSE4_2 = 1 << 4,
    NBRUN_CPU_AVX = 1 << 5,
    NBRUN_CPU_FMA = 1 << 6,
    NBRUN_CPU_F16C = 1 << 7,
    NBRUN_CPU_AVX2 = 1 << 8,
    NBRUN_CPU_AVX_VNNI = 1 << 9,
    NBRUN_CPU_AVX512F = 1 << 10,
    NBRUN_CPU_AVX512DQ = 1 << 11,
    NBRUN_CPU_AVX512CD = 1 << 12,
    NBRUN_CPU_AVX512BW = 1 << 13,
    NBRUN_CPU_AVX512VL = 1 << 14,
    NBRUN_CPU_AVX512IFMA = 1 << 15,
    NBRUN_CPU_AVX512VBMI = 1 << 16,
    NBRUN_CPU_AVX512_VNNI = 1 << 17,
    NBRUN_CPU_AVX512_BF16 = 1 << 18,
    NBRUN_CPU_AVX512_FP16 = 1 << 19,
    NBRUN_CPU_FLAG_COUNT = 20
};

/* Vector instruction levels, of a CPU (its flags) and of an OpenBLAS core (its kernels). */
enum {
    NBRUN_LEVEL_UNKNOWN = 0, /* not x86-64, or a core name nbrun does not know */
    NBRUN_LEVEL_SSE = 1,     /* the generic cores: Prescott, Nehalem, … */
    NBRUN_LEVEL_AVX = 2,     /* Sandybridge, Bulldozer, … */
    NBRUN_LEVEL_AVX2 = 3,    /* AVX2 and FMA: Haswell, Zen */
    NBRUN_LEVEL_AVX512 = 4   /* AVX-512 F/DQ/CD/BW/VL: SkylakeX, Cooperlake, SapphireRapids */
};

/* The processor: vendor string, display family and model (extended fields folded in), stepping, flags. */
typedef struct {
    char vendor[13];
    int family;
    int model;
    int stepping;
    unsigned long long flags;
} nbrun_cpu_info;

/* Fills `info` from cpuid (all zero off x86). */
void nbrun_cpu_detect(nbrun_cpu_info *info);

/* The lower-case name of one NBRUN_CPU_* flag ("avx512f"), or NULL for anything else. */
const char *nbrun_cpu_flag_name(unsigned long long flag);

/* The level of a set of flags. */
int nbrun_cpu_level(unsigned long long flags);

/* The level of an OpenBLAS core name (case-insensitive), NBRUN_LEVEL_UNKNOWN for names not in nbrun's table. */
int nbrun_blas_core_level(const char *core);

/* The core nbrun selects for a CPU level ("SkylakeX", "Haswell", "Sandybridge"), or NULL below AVX. */
const char *nbrun_blas_core_for_level(int level);

/* The decision of the loader, a pure function: the core to load OpenBLAS with instead of `library_core` (what the
   library chose by itself), or NULL to keep it. NULL whenever `user_core` (the user's OPENBLAS_CORETYPE) is set,
   when the library's core is unknown to nbrun, or when it is already as wide as the CPU. */
const char *nbrun_blas_core_override(unsigned long long flags, const char *library_core, const char *user_core);

/*
 * Library selection.
 *
 * The loader takes the first of these that opens and is an OpenBLAS with 32-bit integers (LP64): the file named by
 * NBRUN_OPENBLAS; the newer OpenBLAS that scripts/install-openblas.sh installs on request (the scipy-openblas32
 * wheel's library, symbols prefixed "scipy_") at $XDG_DATA_HOME/nbrun/openblas/libscipy_openblas.so, or
 * ~/.local/share/... without XDG_DATA_HOME; the system's libopenblas.so.0 (Debian's libopenblas0).
 */
#define NBRUN_INSTALLED_OPENBLAS "nbrun/openblas/libscipy_openblas.so"

/* Where the library in use came from. */
enum {
    NBRUN_LIBRARY_BY_SYSTEM = 0,      /* the system's libopenblas.so.0 */
    NBRUN_LIBRARY_INSTALLED = 1,      /* the newer OpenBLAS of scripts/install-openblas.sh */
    NBRUN_LIBRARY_BY_ENVIRONMENT = 2  /* the user's NBRUN_OPENBLAS */
};

/* The loader's candidate number `index` (from 0), a pure function of NBRUN_OPENBLAS (`explicit_file`),
   XDG_DATA_HOME and HOME (each may be NULL): writes its path into `path` (`capacity` bytes) and its NBRUN_LIBRARY_*
   source into `source`; returns 0 past the last candidate. */
int nbrun_blas_candidate(const char *explicit_file, const char *data_home, const char *home, int index, char *path,
                         size_t capacity, int *source);

/* Who chose the core in use. */
enum {
    NBRUN_CORE_BY_LIBRARY = 0,     /* OpenBLAS's own CPU detection */
    NBRUN_CORE_BY_NBRUN = 1,       /* the loader, after the library chose a narrower core */
    NBRUN_CORE_BY_ENVIRONMENT = 2  /* the user's OPENBLAS_CORETYPE */
};

/* What was loaded (all strings NULL when OpenBLAS could not be loaded; they live as long as the process). */
typedef struct {
    const char *path;          /* the library file, symbolic links resolved */
    const char *config;        /* openblas_get_config(): version and build options */
    const char *core;          /* openblas_get_corename() of the library in use */
    const char *library_core;  /* the core the library chose by itself (differs from `core` after an override) */
    const char *user_core;     /* the user's OPENBLAS_CORETYPE, or NULL */
    int core_source;           /* NBRUN_CORE_BY_* */
    int library_source;        /* NBRUN_LIBRARY_* */
    const char *symbol_prefix; /* "" or "scipy_" */
    const char *passed_over;   /* why the library named by NBRUN_OPENBLAS was not used, or NULL */
} nbrun_blas_library;

/* Loads OpenBLAS if needed and describes it; returns 0 when it is not loaded (see nbrun_blas_problem). */
int nbrun_blas_describe(nbrun_blas_library *library);

#endif
