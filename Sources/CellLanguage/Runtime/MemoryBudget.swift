import Diagnostics
import Foundation

/// The memory a run may use in all: the process's resident memory, read from `/proc/self/statm` (Linux) or the
/// task's resident size (macOS). Checked where a cell asks for a large block (arrays, strings, concatenations, see
/// `AllocationLimit`), after native calls, and every few thousand loop iterations or calls with the deadline, so a
/// runaway cell stops with an error instead of being killed by the system for running out of memory.
enum MemoryBudget {
    /// Bytes resident now (0 when unknown).
    static func residentBytes() -> Int {
        #if os(Linux)
        let descriptor = statm
        guard descriptor >= 0 else { return 0 }
        var buffer = [UInt8](repeating: 0, count: 96)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return 0 }
        // "size resident shared …" in pages.
        var index = 0
        while index < count, buffer[index] != 0x20 { index += 1 }
        index += 1
        var pages = 0
        while index < count, buffer[index] >= 0x30, buffer[index] <= 0x39 {
            pages = pages * 10 + Int(buffer[index] - 0x30)
            index += 1
        }
        return pages * pageSize
        #else
        var info = mach_task_basic_info()
        var count = mach_msg_type_number_t(MemoryLayout<mach_task_basic_info>.size / MemoryLayout<natural_t>.size)
        let result = withUnsafeMutablePointer(to: &info) {
            $0.withMemoryRebound(to: integer_t.self, capacity: Int(count)) {
                task_info(mach_task_self_, task_flavor_t(MACH_TASK_BASIC_INFO), $0, &count)
            }
        }
        return result == KERN_SUCCESS ? Int(info.resident_size) : 0
        #endif
    }

    #if os(Linux)
    private static let statm: Int32 = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    #endif

    /// The budget of the run on the calling thread (set by `Interpreter.run` on the cell's thread; 0: none).
    static var threadLimit: Int {
        get { Int(bitPattern: pthread_getspecific(limitKey)) }
        set { pthread_setspecific(limitKey, UnsafeRawPointer(bitPattern: newValue)) }
    }
    private static let limitKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Throws when allocating `bytes` more would pass the budget of the run on this thread (for large blocks only:
    /// each check reads the resident size).
    static func check(adding bytes: Int, at location: SourceLocation?) throws {
        let limit = threadLimit
        guard limit > 0 else { return }
        let (total, overflow) = residentBytes().addingReportingOverflow(max(0, bytes))
        if overflow || total > limit { throw exceeded(limit: limit, at: location) }
    }

    /// Checks the budget before growing a collection to `count` elements (nothing for small ones).
    @inline(__always) static func checkGrowth(elements count: Int, at location: SourceLocation?) throws {
        if count >= 1 << 16 { try check(adding: count &* MemoryLayout<Value>.stride, at: location) }
    }

    /// Checks the budget before building a string of `bytes` UTF-8 bytes (nothing for small ones).
    @inline(__always) static func checkGrowth(bytes: Int, at location: SourceLocation?) throws {
        if bytes >= 1 << 20 { try check(adding: bytes, at: location) }
    }

    /// `bytes` as people write sizes (`4 GiB`, `512 MiB`).
    static func describe(_ bytes: Int) -> String {
        let gib = Double(bytes) / Double(1 << 30)
        if gib >= 1 { return gib == gib.rounded() ? "\(Int(gib)) GiB" : String(format: "%.1f GiB", gib) }
        return "\(bytes >> 20) MiB"
    }

    /// The error for a run that would pass its budget of `limit` bytes.
    static func exceeded(limit: Int, at location: SourceLocation?) -> RuntimeError {
        RuntimeError(message: "memory limit exceeded: the run would use more than \(describe(limit)) (a run's budget; raise it with nbrun --memory-limit <GiB>)",
                     location: location)
    }
}
