import Foundation

/// A persistent store of cell outputs on disk, like Quarto's freeze or knitr's chunk cache: one file per cell run,
/// named by a key that covers everything that can change the outputs (see `CellKeys`).
///
/// Entries are written to a temporary file and renamed into place, so a reader sees a whole entry or none; each
/// carries a SHA-256 checksum and its length, so a damaged or truncated file is detected, ignored and removed, never
/// turned into a page. Several builds may share one cache at once: they write whole files under the same names.
public final class CellCache: @unchecked Sendable {
    /// Whether entries are read.
    public enum Mode: Sendable {
        /// Use entries that match, store new ones.
        case readWrite
        /// Ignore existing entries (every cell runs) and store fresh ones: `--refresh`.
        case refresh
    }

    /// The folder holding the entries.
    public let directory: String
    /// Whether entries are read.
    public let mode: Mode
    private static let magic = "nbrun-cell-cache 1"
    private let counts = Counts()

    /// The size the cache is brought back under when a run opens it: `$NBRUN_CACHE_LIMIT_MB` megabytes, else 1 GiB.
    public static var defaultLimitBytes: Int {
        if let text = ProcessInfo.processInfo.environment["NBRUN_CACHE_LIMIT_MB"], let megabytes = Int(text), megabytes > 0 {
            return megabytes << 20
        }
        return 1 << 30
    }

    /// Opens (and creates when first storing) the cache in `directory`, first removing what killed writers left
    /// and, when the folder holds more than `limitBytes`, the least recently used entries, down to 3/4 of it.
    public init(directory: String, mode: Mode = .readWrite, limitBytes: Int = CellCache.defaultLimitBytes) {
        self.directory = directory
        self.mode = mode
        tidy(limitBytes: limitBytes)
    }

    /// The default cache folder of a notebook: `$NBRUN_CACHE_DIR` when set, else `.nbrun-cache` in the folder that
    /// holds the notebook (or in the course folder itself).
    public static func defaultDirectory(for path: String) -> String {
        if let custom = ProcessInfo.processInfo.environment["NBRUN_CACHE_DIR"], !custom.isEmpty { return custom }
        var isFolder: ObjCBool = false
        let url = URL(fileURLWithPath: path)
        let folder = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
            ? url : url.deletingLastPathComponent()
        return folder.appendingPathComponent(".nbrun-cache").path
    }

    /// How many lookups found a usable entry, and how many did not, since the cache was opened.
    public var statistics: (hits: Int, misses: Int) { counts.read() }

    /// The entry stored under `key`, or nil when there is none or it is damaged (then it is removed).
    func load(_ key: String) -> CachedExecution? {
        guard mode == .readWrite else { counts.miss(); return nil }
        let path = entryPath(key)
        guard let data = FileManager.default.contents(atPath: path) else { counts.miss(); return nil }
        guard let entry = decode(data), entry.key == key else {
            unlink(path)
            counts.miss()
            return nil
        }
        counts.hit()
        markUsed(path)
        return entry
    }

    /// Stores `entry` under its key; failures (a read-only folder, a full disk) only mean the cell runs next time.
    func store(_ entry: CachedExecution) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let payload = try? encoder.encode(entry) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let ignore = directory + "/.gitignore"
        if !FileManager.default.fileExists(atPath: ignore) {
            _ = FileManager.default.createFile(atPath: ignore, contents: Data("# nbrun's cell cache: safe to delete\n*\n".utf8))
        }
        writeFramed(Array(payload), header: CellCache.magic, to: entryPath(entry.key), tag: entry.key)
    }

    /// The bytes stored by `storeBlob` under `key`, checked like a cell entry; nil when missing or damaged (removed).
    public func loadBlob(_ key: String) -> Data? {
        guard mode == .readWrite else { return nil }
        let path = "\(directory)/\(key).blob"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let payload = CellCache.verifiedPayload(data, header: "\(CellCache.magic) \(key)") else {
            unlink(path)
            return nil
        }
        markUsed(path)
        return Data(payload)
    }

    /// Whether a blob is stored under `key` (not checked: `loadBlob` checks it), marking it used.
    func hasBlob(_ key: String) -> Bool {
        guard mode == .readWrite else { return false }
        let path = "\(directory)/\(key).blob"
        guard access(path, R_OK) == 0 else { return false }
        markUsed(path)
        return true
    }

    /// Stores `payload` under `key` with the same framing, checksum and atomic rename as a cell entry.
    public func storeBlob(_ payload: [UInt8], key: String) {
        writeFramed(payload, header: "\(CellCache.magic) \(key)", to: "\(directory)/\(key).blob", tag: key)
    }

    /// The file of the entry stored under `key`.
    func entryPath(_ key: String) -> String { "\(directory)/\(key).cell" }

    /// The entry in `data` when its header, length and checksum all match.
    private func decode(_ data: Data) -> CachedExecution? {
        guard let payload = CellCache.verifiedPayload(data, header: CellCache.magic) else { return nil }
        return try? JSONDecoder().decode(CachedExecution.self, from: Data(payload))
    }

    /// The payload of a framed file (`header`, then `sha256 length`, then the payload) when all three match.
    private static func verifiedPayload(_ data: Data, header: String) -> [UInt8]? {
        let bytes = [UInt8](data)
        guard let firstNewline = bytes.firstIndex(of: 10),
              let secondNewline = bytes[(firstNewline + 1)...].firstIndex(of: 10),
              String(decoding: bytes[..<firstNewline], as: UTF8.self) == header else { return nil }
        let fields = String(decoding: bytes[(firstNewline + 1)..<secondNewline], as: UTF8.self).split(separator: " ")
        let payload = Array(bytes[(secondNewline + 1)...])
        guard fields.count == 2, Int(fields[1]) == payload.count, fields[0] == SHA256.hex(payload) else { return nil }
        return payload
    }

    /// Writes `header`, the checksum line and `payload` to a temporary file and renames it to `path`.
    private func writeFramed(_ payload: [UInt8], header: String, to path: String, tag: String) {
        let bytes = Array("\(header)\n\(SHA256.hex(payload)) \(payload.count)\n".utf8) + payload
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = "\(directory)/.tmp-\(tag.prefix(16))-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard write(bytes, to: temporary) else { unlink(temporary); return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    private func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return MessagePipe.writeAll(bytes, to: descriptor)
    }

    /// Sets an entry's modification time to now: the pruning removes the entries used longest ago first.
    private func markUsed(_ path: String) {
        _ = utimes(path, nil)
    }

    /// Removes temporary files left by writers that were killed mid-write (older than a minute) and, above
    /// `limitBytes`, the entries used longest ago.
    private func tidy(limitBytes: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let staleLimit = Date().timeIntervalSince1970 - 60
        var entries: [(path: String, size: Int, used: Double)] = []
        var total = 0
        for name in names where name.hasPrefix(".tmp-") || name.hasSuffix(".cell") || name.hasSuffix(".blob") {
            let path = directory + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
            if name.hasPrefix(".tmp-") {
                if modified < staleLimit { unlink(path) }
                continue
            }
            entries.append((path, Int(status.st_size), modified))
            total += Int(status.st_size)
        }
        guard total > limitBytes else { return }
        for entry in entries.sorted(by: { ($0.used, $0.path) < ($1.used, $1.path) }) where total > limitBytes / 4 * 3 {
            unlink(entry.path)
            total -= entry.size
        }
    }
}

/// Lock-protected hit and miss counters.
private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var hits = 0
    private var misses = 0

    func hit() { lock.lock(); hits += 1; lock.unlock() }
    func miss() { lock.lock(); misses += 1; lock.unlock() }
    func read() -> (hits: Int, misses: Int) {
        lock.lock(); defer { lock.unlock() }
        return (hits, misses)
    }
}
