/// Finds where quotes and brackets close, the way titles are written in citations: `«…»` with
/// nested `«…»` or `"…"`, `„…“`, straight `"…"` with nesting, `(…)` and `[…]`.
///
/// A title whose closing quote is missing ends before ` //` (the official source), at a line
/// break, or before a `;` that separates the next citation.
enum Brackets {
    /// Where a quote or bracket ends.
    struct Close: Equatable {
        /// Offset of the closing scalar, or `nil` when it is missing.
        var close: Int?
        /// One past the group: after the closing scalar, or where the unclosed group stops.
        var end: Int
    }

    /// `true` when the scalar at `i` opens a quotation.
    static func opensQuote(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        switch s[i] {
        case "«", "„", "“": return true
        case "\"":
            let before = i == 0 ? " " : s[i - 1]
            let after = i + 1 < s.count ? s[i + 1] : " "
            return (Fold.isSpace(before) || before == "(" || before == "«" || before == "[" || before == ":")
                && !Fold.isSpace(after)
        default: return false
        }
    }

    /// The end of the quotation opened at `i`, looking no further than `limit`.
    static func quote(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Close {
        let open = s[i]
        var depth = 1
        var semicolon: Int? = nil
        var k = i + 1
        while k < limit {
            let c = s[k]
            if c == "\n" { break }
            if c == " ", k + 2 < limit, s[k + 1] == "/", s[k + 2] == "/" { break }
            if c == ";", semicolon == nil { semicolon = k }
            switch open {
            case "«":
                if c == "«" { depth += 1 } else if c == "»" { depth -= 1 }
            case "„":
                if c == "„" { depth += 1 } else if c == "“" || c == "”" { depth -= 1 }
            case "“":
                if c == "”" { depth -= 1 }
            default:
                if c == "\"" { depth += opensQuote(s, k) ? 1 : -1 }
            }
            if depth == 0 { return Close(close: k, end: k + 1) }
            k += 1
        }
        return Close(close: nil, end: trimTrailingKazakhType(s, from: i + 1, end: min(semicolon ?? k, k)))
    }

    /// In Kazakh word order the act type follows the title (`«… туралы» Заңы`); when the closing
    /// quote is missing, a final type word (`Заңы`, `Жарлығы`, `Қаулысы`) is not part of the title.
    static func trimTrailingKazakhType(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int {
        var e = end
        while e > start, Fold.isSpace(s[e - 1]) { e -= 1 }
        var w = e
        while w > start, s[w - 1].properties.isAlphabetic { w -= 1 }
        guard w < e, w > start, Fold.isSpace(s[w - 1]), s[w].properties.isUppercase else { return end }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: s[w..<e])
        guard let analysis = KazakhMorphology.analyse(String(word).lowercased()),
              case .type = analysis.lemma.meaning else { return end }
        var t = w
        while t > start, Fold.isSpace(s[t - 1]) { t -= 1 }
        return t
    }

    /// The end of the bracket group opened by `(` or `[` at `i`, looking no further than `limit`.
    static func group(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Close {
        let open = s[i]
        let shut: Unicode.Scalar = open == "(" ? ")" : "]"
        var depth = 1
        var k = i + 1
        while k < limit {
            let c = s[k]
            if c == "\n" { break }
            if c == open { depth += 1 } else if c == shut {
                depth -= 1
                if depth == 0 { return Close(close: k, end: k + 1) }
            }
            k += 1
        }
        return Close(close: nil, end: k)
    }
}
