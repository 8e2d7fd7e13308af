#include <cblas.h>

// glibc's mallopt, used by TensorRuntime to keep large tensor buffers in the heap.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

/* LAPACK's symmetric eigensolver (divide and conquer), from OpenBLAS; Fortran calling convention, LP64 ints. */
void dsyevd_(const char *jobz, const char *uplo, const int *n, double *a, const int *lda, double *w,
             double *work, const int *lwork, int *iwork, const int *liwork, int *info);
