import Foundation
import LexCyr

/// `lexcyr lint --fix`: applies the fixes of stylistic findings to the input's bytes, writes the
/// result (a copy beside the input, or the input itself with `--in-place`) and returns the diff.
struct LintFixer {
    /// Rewrite the input instead of writing `NAME.fixed.EXT`.
    var inPlace: Bool

    /// Fixes `raw` and returns a unified diff (empty when there was nothing to fix).
    func fix(_ raw: RawInput, document: Document, diagnostics: [Diagnostic]) throws -> String {
        let fixes = diagnostics.compactMap(\.fix)
        guard !fixes.isEmpty else { return "" }
        let (bytes, applied) = try FixApplier.apply(fixes, to: raw.bytes, encoding: document.source.encoding, path: raw.path)
        if applied < fixes.count {
            let skipped = "\(raw.path): \(fixes.count - applied) fix(es) skipped: the text there was rejoined or repaired by the cleaner"
            FileHandle.standardError.write(Data("lexcyr: note: \(skipped)\n".utf8))
        }
        guard applied > 0 else { return "" }
        let target = inPlace ? raw.path : Self.copyPath(for: raw.path)
        try Self.writeAtomically(bytes, to: target)
        return UnifiedDiff.render(old: String(decoding: raw.bytes, as: UTF8.self), new: String(decoding: bytes, as: UTF8.self),
                                  oldName: raw.path, newName: target)
    }

    /// `dir/article.txt` → `dir/article.fixed.txt`.
    static func copyPath(for path: String) -> String {
        let ns = path as NSString
        let ext = ns.pathExtension
        let stem = ns.deletingPathExtension
        return ext.isEmpty ? stem + ".fixed" : stem + ".fixed." + ext
    }

    /// Writes through a temporary file in the same directory and a rename.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(LexCyrError) {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = ((dir.isEmpty ? "." : dir) as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temp, contents: Data(bytes)) else {
            throw .writeFailed(path: temp, reason: "cannot create file")
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw .writeFailed(path: path, reason: reason)
        }
    }
}
