#include "COpenBLAS.h"

#include <stddef.h>
#include <strings.h>

int nbrun_cpu_level(unsigned long long flags) {
    const unsigned long long avx512 = NBRUN_CPU_AVX512F | NBRUN_CPU_AVX512DQ | NBRUN_CPU_AVX512CD |
                                      NBRUN_CPU_AVX512BW | NBRUN_CPU_AVX512VL;
    const unsigned long long avx2 = NBRUN_CPU_AVX | NBRUN_CPU_AVX2 | NBRUN_CPU_FMA;
    if ((flags & avx2) == avx2 && (flags & avx512) == avx512) return NBRUN_LEVEL_AVX512;
    if ((flags & avx2) == avx2) return NBRUN_LEVEL_AVX2;
    if (flags & NBRUN_CPU_AVX) return NBRUN_LEVEL_AVX;
    if (flags & NBRUN_CPU_SSE2) return NBRUN_LEVEL_SSE;
    return NBRUN_LEVEL_UNKNOWN;
}

/* The x86-64 cores of OpenBLAS's DYNAMIC_ARCH builds (0.3.21 and later) by the widest vector instructions their
   kernels use. A name missing here (a newer core, another architecture) is "unknown" and never overridden. */
static const struct {
    const char *name;
    int level;
} cores[] = {
    {"Katmai", NBRUN_LEVEL_SSE},       {"Coppermine", NBRUN_LEVEL_SSE},   {"Northwood", NBRUN_LEVEL_SSE},
    {"Prescott", NBRUN_LEVEL_SSE},     {"Banias", NBRUN_LEVEL_SSE},       {"Atom", NBRUN_LEVEL_SSE},
    {"Core2", NBRUN_LEVEL_SSE},        {"Penryn", NBRUN_LEVEL_SSE},       {"Dunnington", NBRUN_LEVEL_SSE},
    {"Nehalem", NBRUN_LEVEL_SSE},      {"Athlon", NBRUN_LEVEL_SSE},       {"Opteron", NBRUN_LEVEL_SSE},
    {"Opteron_SSE3", NBRUN_LEVEL_SSE}, {"Barcelona", NBRUN_LEVEL_SSE},    {"Nano", NBRUN_LEVEL_SSE},
    {"Bobcat", NBRUN_LEVEL_SSE},       {"Sandybridge", NBRUN_LEVEL_AVX},  {"Bulldozer", NBRUN_LEVEL_AVX},
    {"Piledriver", NBRUN_LEVEL_AVX},   {"Steamroller", NBRUN_LEVEL_AVX},  {"Excavator", NBRUN_LEVEL_AVX},
    {"Haswell", NBRUN_LEVEL_AVX2},     {"Zen", NBRUN_LEVEL_AVX2},         {"SkylakeX", NBRUN_LEVEL_AVX512},
    {"Cooperlake", NBRUN_LEVEL_AVX512}, {"SapphireRapids", NBRUN_LEVEL_AVX512},
};

int nbrun_blas_core_level(const char *core) {
    if (core == NULL) return NBRUN_LEVEL_UNKNOWN;
    for (size_t index = 0; index < sizeof cores / sizeof cores[0]; index++) {
        if (strcasecmp(core, cores[index].name) == 0) return cores[index].level;
    }
    return NBRUN_LEVEL_UNKNOWN;
}

const char *nbrun_blas_core_for_level(int level) {
    switch (level) {
    case NBRUN_LEVEL_AVX512: return "SkylakeX";
    case NBRUN_LEVEL_AVX2: return "Haswell";
    case NBRUN_LEVEL_AVX: return "Sandybridge";
    default: return NULL;
    }
}

const char *nbrun_blas_core_override(unsigned long long flags, const char *library_core, const char *user_core) {
    if (user_core != NULL) return NULL;
    int cpu = nbrun_cpu_level(flags);
    int library = nbrun_blas_core_level(library_core);
    if (cpu < NBRUN_LEVEL_AVX || library == NBRUN_LEVEL_UNKNOWN || library >= cpu) return NULL;
    return nbrun_blas_core_for_level(cpu);
}
