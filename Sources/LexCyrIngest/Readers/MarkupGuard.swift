import LexCyrCore

/// Refuses markup that declares entities, before any parser sees it.
///
/// Neither poppler's XML nor an HTML page needs a DTD entity declaration; every classic attack
/// on XML readers needs one (external entities that read files or URLs, exponential
/// "billion laughs" expansion). A linear scan for `<!ENTITY` is cheaper and clearer than
/// trusting every parser setting. NUL bytes are skipped while matching, so UTF-16 and UTF-32
/// encodings of the declaration are caught too.
enum MarkupGuard {
    private static let pattern = Array("<!ENTITY".utf8)

    /// Throws ``LexCyrError/malformedMarkup(path:detail:)`` when `bytes` declare an entity.
    /// `caseSensitive: false` for HTML, whose declarations ignore case.
    static func check(_ bytes: [UInt8], path: String, caseSensitive: Bool) throws(LexCyrError) {
        if let offset = find(bytes, caseSensitive: caseSensitive) {
            throw .malformedMarkup(path: path, detail: "entity declaration at byte \(offset) (external or expanding entities are never read)")
        }
    }

    /// Byte offset of the first entity declaration, or `nil`.
    static func find(_ bytes: [UInt8], caseSensitive: Bool) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            guard bytes[i] == 0x3C else { i += 1; continue }  // "<"
            var j = i + 1, k = 1
            while j < n, k < pattern.count {
                let b = bytes[j]
                if b == 0 { j += 1; continue }
                let folded = caseSensitive ? b : (b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
                guard folded == pattern[k] else { break }
                k += 1
                j += 1
            }
            if k == pattern.count { return i }
            i += 1
        }
        return nil
    }
}
