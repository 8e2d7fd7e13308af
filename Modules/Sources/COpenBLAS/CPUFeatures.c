#include "COpenBLAS.h"

#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

/* XCR0, the register state the operating system saves on a context switch (xgetbv 0, as raw bytes so no
   -mxsave is needed). */
static unsigned long long read_xcr0(void) {
    unsigned int eax, edx;
    __asm__ __volatile__(".byte 0x0f, 0x01, 0xd0" : "=a"(eax), "=d"(edx) : "c"(0));
    return ((unsigned long long)edx << 32) | eax;
}

void nbrun_cpu_detect(nbrun_cpu_info *info) {
    memset(info, 0, sizeof *info);
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(0, &eax, &ebx, &ecx, &edx)) return;
    unsigned int highest = eax;
    memcpy(info->vendor, &ebx, 4);
    memcpy(info->vendor + 4, &edx, 4);
    memcpy(info->vendor + 8, &ecx, 4);
    info->vendor[12] = '\0';
    if (highest < 1) return;
    __get_cpuid(1, &eax, &ebx, &ecx, &edx);
    unsigned int family = (eax >> 8) & 0xf, model = (eax >> 4) & 0xf;
    info->stepping = (int)(eax & 0xf);
    if (family == 0xf) family += (eax >> 20) & 0xff;
    if (family == 0x6 || family >= 0xf) model += ((eax >> 16) & 0xf) << 4;
    info->family = (int)family;
    info->model = (int)model;

    unsigned long long flags = 0;
    if (edx & (1u << 26)) flags |= NBRUN_CPU_SSE2;
    if (ecx & (1u << 0)) flags |= NBRUN_CPU_SSE3;
    if (ecx & (1u << 9)) flags |= NBRUN_CPU_SSSE3;
    if (ecx & (1u << 19)) flags |= NBRUN_CPU_SSE4_1;
    if (ecx & (1u << 20)) flags |= NBRUN_CPU_SSE4_2;
    /* AVX and everything after it need the OS to save the YMM (and for AVX-512 the ZMM/mask) registers. */
    int osxsave = (ecx & (1u << 27)) != 0;
    unsigned long long xcr0 = osxsave ? read_xcr0() : 0;
    int ymm = (xcr0 & 0x6) == 0x6, zmm = ymm && (xcr0 & 0xe0) == 0xe0;
    if (ymm && (ecx & (1u << 28))) flags |= NBRUN_CPU_AVX;
    if (ymm && (ecx & (1u << 12))) flags |= NBRUN_CPU_FMA;
    if (ymm && (ecx & (1u << 29))) flags |= NBRUN_CPU_F16C;
    if (highest >= 7) {
        __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx);
        unsigned int subleaves = eax;
        if (ymm && (ebx & (1u << 5))) flags |= NBRUN_CPU_AVX2;
        if (zmm) {
            if (ebx & (1u << 16)) flags |= NBRUN_CPU_AVX512F;
            if (ebx & (1u << 17)) flags |= NBRUN_CPU_AVX512DQ;
            if (ebx & (1u << 21)) flags |= NBRUN_CPU_AVX512IFMA;
            if (ebx & (1u << 28)) flags |= NBRUN_CPU_AVX512CD;
            if (ebx & (1u << 30)) flags |= NBRUN_CPU_AVX512BW;
            if (ebx & (1u << 31)) flags |= NBRUN_CPU_AVX512VL;
            if (ecx & (1u << 1)) flags |= NBRUN_CPU_AVX512VBMI;
            if (ecx & (1u << 11)) flags |= NBRUN_CPU_AVX512_VNNI;
            if (edx & (1u << 23)) flags |= NBRUN_CPU_AVX512_FP16;
        }
        if (subleaves >= 1) {
            __get_cpuid_count(7, 1, &eax, &ebx, &ecx, &edx);
            if (ymm && (eax & (1u << 4))) flags |= NBRUN_CPU_AVX_VNNI;
            if (zmm && (eax & (1u << 5))) flags |= NBRUN_CPU_AVX512_BF16;
        }
    }
    info->flags = flags;
}

#else

void nbrun_cpu_detect(nbrun_cpu_info *info) { memset(info, 0, sizeof *info); }

#endif

const char *nbrun_cpu_flag_name(unsigned long long flag) {
    switch (flag) {
    case NBRUN_CPU_SSE2: return "sse2";
    case NBRUN_CPU_SSE3: return "sse3";
    case NBRUN_CPU_SSSE3: return "ssse3";
    case NBRUN_CPU_SSE4_1: return "sse4_1";
    case NBRUN_CPU_SSE4_2: return "sse4_2";
    case NBRUN_CPU_AVX: return "avx";
    case NBRUN_CPU_FMA: return "fma";
    case NBRUN_CPU_F16C: return "f16c";
    case NBRUN_CPU_AVX2: return "avx2";
    case NBRUN_CPU_AVX_VNNI: return "avx_vnni";
    case NBRUN_CPU_AVX512F: return "avx512f";
    case NBRUN_CPU_AVX512DQ: return "avx512dq";
    case NBRUN_CPU_AVX512CD: return "avx512cd";
    case NBRUN_CPU_AVX512BW: return "avx512bw";
    case NBRUN_CPU_AVX512VL: return "avx512vl";
    case NBRUN_CPU_AVX512IFMA: return "avx512ifma";
    case NBRUN_CPU_AVX512VBMI: return "avx512vbmi";
    case NBRUN_CPU_AVX512_VNNI: return "avx512_vnni";
    case NBRUN_CPU_AVX512_BF16: return "avx512_bf16";
    case NBRUN_CPU_AVX512_FP16: return "avx512_fp16";
    default: return NULL;
    }
}
