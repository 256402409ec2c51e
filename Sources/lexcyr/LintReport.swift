import Foundation
import LexCyr

/// How `lexcyr lint` prints diagnostics.
enum LintReport {
    /// Diagnostics in file order (line, then column), the way compilers list them.
    static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = (a.element.line ?? Int.max, a.element.column ?? 0, a.offset)
            let y = (b.element.line ?? Int.max, b.element.column ?? 0, b.offset)
            return x < y
        }.map(\.element)
    }

    /// `path:line:column: severity: message [code]`, one per line.
    static func printText(_ diagnostics: [Diagnostic], path: String) {
        var out = ""
        for d in diagnostics {
            out += "\(path):\(d.line ?? 1):\(d.column ?? 1): \(d.severity.rawValue): \(d.message) [\(d.code)]\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// One JSON Lines object: `{"source": {...}, "diagnostics": [...]}`.
    static func printJSON(_ diagnostics: [Diagnostic], source: Source) {
        let encoder = DocumentEncoder()
        var w = JSONWriter()
        w.beginObject()
        w.key("source"); encoder.encode(source, into: &w)
        w.beginArray(key: "diagnostics")
        for d in diagnostics { encoder.encode(d, into: &w) }
        w.endArray()
        w.endObject()
        FileHandle.standardOutput.write(Data(w.bytes + [0x0A]))
    }

    /// Prints text to standard output, or to standard error when standard output carries JSON.
    static func emit(_ text: String, toStandardError: Bool) {
        guard !text.isEmpty else { return }
        (toStandardError ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
    }
}
