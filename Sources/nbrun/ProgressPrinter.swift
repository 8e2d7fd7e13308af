import Foundation
import Runner

/// Shows notebooks' progress on stderr: a live status line per notebook on a terminal (redrawn in place), or plain
/// lines with `--progress plain`; nothing when stderr is not a terminal and no mode asks for it.
final class ProgressPrinter: @unchecked Sendable {
    private enum Style { case live, plain }

    /// The state of one notebook's run.
    private struct Line {
        var name: String
        var started = Date()
        var cell = 0, count = 0, toRun = 0
        var label = ""
        var cellStarted = Date()
        var training: String?
        var finished: String?
    }

    private let style: Style
    private let lock = NSLock()
    private var lines: [Line] = []
    private var drawnLines = 0
    private var lastDraw = Date.distantPast
    private var timer: (any DispatchSourceTimer)?

    /// A printer for `mode`, or nil when nothing is to be shown.
    init?(mode: ProgressMode) {
        switch mode {
        case .none: return nil
        case .plain: style = .plain
        case .auto:
            guard isatty(STDERR_FILENO) != 0, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
            style = .live
            let timer = DispatchSource.makeTimerSource(queue: .global())
            timer.schedule(deadline: .now() + 0.25, repeating: 0.25)
            timer.setEventHandler { [weak self] in self?.redraw(force: true) }
            timer.resume()
            self.timer = timer
        }
    }

    /// Lists notebooks that will run (a site's lessons), so the live display shows them waiting from the start.
    func expect(_ notebooks: [String]) {
        lock.lock()
        for name in notebooks.map({ URL(fileURLWithPath: $0).lastPathComponent }) where !lines.contains(where: { $0.name == name }) {
            lines.append(Line(name: name))
        }
        lock.unlock()
        redraw(force: true)
    }

    /// Records one progress report and shows it.
    func handle(_ progress: RunProgress) {
        lock.lock()
        let name = URL(fileURLWithPath: progress.notebook).lastPathComponent
        let index = lines.firstIndex { $0.name == name } ?? { lines.append(Line(name: name)); return lines.count - 1 }()
        var plainText: String?
        switch progress.event {
        case .started(let cells, let toRun):
            lines[index].started = Date()
            lines[index].count = cells
            lines[index].toRun = toRun
            if toRun < cells { plainText = "\(name): \(cells - toRun) of \(cells) cells from the cache" }
        case .cell(let cell, let count, let label, let cached):
            lines[index].cell = cell + 1
            lines[index].count = count
            lines[index].label = label
            lines[index].cellStarted = Date()
            lines[index].training = nil
            if !cached { plainText = "\(name): cell \(cell + 1)/\(count) \(label)" }
        case .training(let step):
            lines[index].training = "\(step.unit) \(step.step)/\(step.total), loss \(String(format: "%.4f", step.loss))"
            if step.step == step.total || step.step % max(1, step.total / 10) == 0 {
                plainText = "\(name): cell \(lines[index].cell)/\(lines[index].count) \(lines[index].label): "
                    + lines[index].training!
            }
        case .finished(let failed):
            let seconds = String(format: "%.2f s", Date().timeIntervalSince(lines[index].started))
            lines[index].finished = failed ? "failed after \(seconds)" : "done in \(seconds)"
            plainText = "\(name): \(lines[index].finished!)"
        }
        lock.unlock()
        if style == .plain, let plainText {
            FileHandle.standardError.write(Data((plainText + "\n").utf8))
        } else {
            redraw(force: false)
        }
    }

    /// Clears the live lines (before the command prints its results) and stops the clock.
    func finish() {
        timer?.cancel()
        clear()
    }

    /// Erases the live lines and forgets finished notebooks, so the next run starts a fresh display.
    func clear() {
        lock.lock(); defer { lock.unlock() }
        lines.removeAll { $0.finished != nil }
        guard style == .live, drawnLines > 0 else { return }
        FileHandle.standardError.write(Data("\u{1B}[\(drawnLines)A\u{1B}[J".utf8))
        drawnLines = 0
    }

    /// Redraws the live lines, at most ten times a second unless `force`.
    private func redraw(force: Bool) {
        guard style == .live else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = ProgressPrinter.terminalWidth()
        var text = drawnLines > 0 ? "\u{1B}[\(drawnLines)A" : ""
        for line in lines {
            var status: String
            if let finished = line.finished {
                status = "\(line.name): \(finished)"
            } else if line.count == 0 {
                status = "\(line.name): waiting"
            } else if line.cell == 0 {
                status = "\(line.name): \(line.toRun) of \(line.count) cells to run"
            } else {
                let elapsed = String(format: "%.1f s", now.timeIntervalSince(line.cellStarted))
                status = "\(line.name): cell \(line.cell)/\(line.count) \(line.label) \(elapsed)"
                if let training = line.training { status += ", \(training)" }
            }
            text += "\u{1B}[2K" + String(status.prefix(max(10, width - 1))) + "\n"
        }
        drawnLines = lines.count
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
