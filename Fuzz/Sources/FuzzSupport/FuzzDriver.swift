import CFuzzerDriver
import Foundation

/// Starts libFuzzer from a target's `@main`, passing on the process arguments.
public enum FuzzDriver {
    /// A valid pointer for the empty input, which libFuzzer may pass as null.
    nonisolated(unsafe) public static let empty: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    /// Runs libFuzzer with `target` as the fuzz target and exits with its status.
    public static func run(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        exit(nbrun_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, target))
    }
}
