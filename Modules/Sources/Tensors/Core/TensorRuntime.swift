import COpenBLAS

/// Process-wide settings that make tensor-heavy work (training loops) faster. Libraries never change
/// process state on their own: the program (the nbrun CLI, a benchmark) opts in once at startup.
public enum TensorRuntime {
    /// Keeps large freed buffers in the heap instead of returning them to the kernel. Training allocates and
    /// frees many same-sized activation arrays of 0.5–2 MB per step; with glibc's defaults each one is a fresh
    /// `mmap` plus page faults, which costs up to half of a small GPT's step time. No effect off glibc.
    public static func keepLargeAllocationsInHeap() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024)
        _ = mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024)
        #endif
    }
}
