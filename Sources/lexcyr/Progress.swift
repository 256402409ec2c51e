import Foundation

/// A one-line progress display on standard error: files, MB, MB/s, ETA.
final class Progress {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private var done = 0
    private var bytes = 0
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance(bytes n: Int) {
        done += 1
        bytes += n
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        draw()
    }

    private func draw() {
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let mb = Double(bytes) / 1_000_000
        let rate = mb / elapsed
        let perFile = elapsed / Double(max(done, 1))
        let eta = Int(perFile * Double(total - done))
        let line = String(format: "\r%d/%d files  %.1f MB  %.1f MB/s  ETA %ds ", done, total, mb, rate, eta)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    func finish() {
        clear()
    }
}
