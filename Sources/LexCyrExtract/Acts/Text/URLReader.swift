/// Reads URLs (`https://…`, `http://…`, `www.…`) up to the next white space, without the
/// punctuation that closes the sentence or a bracket around the URL.
enum URLReader {
    /// A URL found in the text.
    struct Match: Equatable {
        /// The URL as written.
        var value: String
        /// Scalar range of the URL.
        var range: Range<Int>
    }

    /// `true` when a word that starts with `first` may start a URL (`http`, `www`).
    @inline(__always)
    static func mayStart(_ first: Unicode.Scalar) -> Bool {
        first == "h" || first == "H" || first == "w" || first == "W"
    }

    /// The URL that starts at word token `i`, if one does.
    static func read(_ v: TokenView, at i: Int) -> Match? {
        let t = v.tokens[i]
        let s = v.scalars
        guard t.kind == .word, mayStart(s[t.start]) else { return nil }
        // ICU keeps `www.pravo.gov.ru` together as one word.
        let joined = t.end - t.start > 4 && s[t.start + 3] == "." && (0..<3).allSatisfy { Fold.lower(s[t.start + $0]) == "w" }
        guard joined || t.end - t.start <= 5 else { return nil }
        let word = joined ? "www" : v.lower(i)
        guard word == "http" || word == "https" || word == "www" else { return nil }
        if word != "www" {
            guard t.end + 2 < s.count, s[t.end] == ":", s[t.end + 1] == "/", s[t.end + 2] == "/" else { return nil }
        } else if !joined {
            guard t.end < s.count, s[t.end] == "." else { return nil }
        }
        var end = t.end
        while end < s.count, !Fold.isSpace(s[end]) { end += 1 }
        // Drop closing punctuation and brackets that do not belong to the URL.
        while end > t.end {
            let c = s[end - 1]
            if c == "." || c == "," || c == ";" || c == ":" || c == "»" || c == "\"" || c == "”" {
                end -= 1
            } else if c == ")" || c == "]" {
                let open: Unicode.Scalar = c == ")" ? "(" : "["
                let opens = s[t.start..<end].filter { $0 == open }.count
                let closes = s[t.start..<end].filter { $0 == c }.count
                if closes > opens { end -= 1 } else { break }
            } else {
                break
            }
        }
        return Match(value: Fold.string(s, t.start..<end), range: t.start..<end)
    }
}
