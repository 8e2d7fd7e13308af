#ifndef NBRUN_C_FUZZER_DRIVER_H
#define NBRUN_C_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// The callback libFuzzer calls with each input (the signature of LLVMFuzzerTestOneInput).
typedef int (*nbrun_fuzz_callback)(const uint8_t *data, size_t size);

/// Runs libFuzzer's driver (command-line flags, corpus, mutations) with `callback` as the fuzz target.
int nbrun_fuzz_main(int argc, char **argv, nbrun_fuzz_callback callback);

#endif
