#include "CFuzzerDriver.h"

// libFuzzer's library entry point (compiler-rt, linked by -sanitize=fuzzer). SwiftPM renames each executable's
// `main` to `<Module>_main` on Linux, which clashes with libFuzzer's own `main`; the fuzz targets therefore keep
// a Swift `@main` and hand control to the driver here.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int nbrun_fuzz_main(int argc, char **argv, nbrun_fuzz_callback callback) {
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
