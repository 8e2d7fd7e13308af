#include <cblas.h>

// glibc's mallopt, used by TensorRuntime to keep large tensor buffers in the heap.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
