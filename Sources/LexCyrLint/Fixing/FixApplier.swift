import LexCyrCore

/// Why fixes could not be applied to an input.
public enum FixError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Only UTF-8 inputs are edited in place of their bytes.
    case unsupportedEncoding(path: String, encoding: String)

    public var description: String {
        switch self {
        case .unsupportedEncoding(let path, let encoding):
            return "\(path): --fix edits UTF-8 files only and this one is \(encoding); convert it first (iconv -f \(encoding) -t UTF-8)"
        }
    }
}

/// Applies ``Diagnostic/Fix``es to the bytes of the input file as given, touching nothing but the
/// replaced scalars (line endings, BOM and every other byte stay as they were).
public enum FixApplier {
    /// The input with the fixes applied, and how many were applied. Fixes without a
    /// ``Diagnostic/Fix/source`` range, or overlapping an earlier one, are skipped.
    public static func apply(_ fixes: [Diagnostic.Fix], to bytes: [UInt8], encoding: String,
                             path: String) throws(FixError) -> (bytes: [UInt8], applied: Int) {
        let name = encoding.uppercased()
        guard name == "UTF-8" || name == "UTF8" else { throw .unsupportedEncoding(path: path, encoding: encoding) }
        var edits = fixes.compactMap { f in f.source.map { (range: $0, text: Array(f.replacement.utf8)) } }
        edits.sort { $0.range.start < $1.range.start }
        var chosen = [(range: Span, text: [UInt8])]()
        for e in edits where chosen.last.map({ $0.range.end <= e.range.start }) ?? true { chosen.append(e) }
        guard !chosen.isEmpty else { return (bytes, 0) }

        // Byte offset of every scalar offset the edits name, in one pass.
        var wanted = chosen.flatMap { [$0.range.start, $0.range.end] }
        wanted.sort()
        var byteAt = [Int: Int]()
        var b = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var scalar = 0
        var w = 0
        while w < wanted.count {
            if wanted[w] == scalar { byteAt[scalar] = b; w += 1; continue }
            guard b < bytes.count else { break }
            b += 1
            while b < bytes.count, bytes[b] & 0xC0 == 0x80 { b += 1 }
            scalar += 1
        }

        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 16)
        var copied = 0
        var applied = 0
        for e in chosen {
            guard let from = byteAt[e.range.start], let to = byteAt[e.range.end], from >= copied else { continue }
            out.append(contentsOf: bytes[copied..<from])
            out.append(contentsOf: e.text)
            copied = to
            applied += 1
        }
        out.append(contentsOf: bytes[copied...])
        return (out, applied)
    }
}
