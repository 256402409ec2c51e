import LexCyrUnicode

/// A sentence of a ``TextUnit``: its scalar range (without surrounding spaces), the tokens it
/// covers, and the paragraph it belongs to.
public struct Sentence: Sendable, Equatable {
    /// Scalar range in the unit, trimmed of spaces and line breaks.
    public var range: Range<Int>
    /// Indices into the unit's `tokens`.
    public var tokens: Range<Int>
    /// 0-based paragraph number (paragraphs are separated by blank lines).
    public var paragraph: Int
}

/// Splits a ``TextUnit`` into sentences with one linear scan over its ICU tokens.
///
/// A sentence ends at a line break, or at `.`, `!`, `?`, `…` followed by a space and a
/// capital letter, a digit, or an opening quote or bracket — except after an abbreviation
/// (`г.`, `ст.`, `т.`, `қ.`, ...) or an initial (`Г.С. Сапаргалиев`). Headings, titles and list
/// lines therefore come out as sentences of their own.
public struct SentenceSplitter: Sendable {
    /// Lower-case abbreviations that a period does not end a sentence after.
    static let abbreviations: LetterSet = [
        "г", "гг", "ст", "стр", "п", "пп", "ч", "с", "см", "т", "тт", "др", "пр", "им", "проф",
        "акад", "англ", "рус", "каз", "обл", "р", "руб", "млн", "млрд", "тыс", "ред", "изд", "вып",
        "рис", "табл", "гл", "разд", "абз", "подп", "пункт", "ср", "напр", "тж", "ук", "гк",
        "қ", "ж", "бб", "б", "no", "art", "etc", "vol", "pp", "cf", "e", "i", "eg", "ie", "mr", "dr",
    ]

    /// The length of the longest of ``abbreviations``.
    static let longestAbbreviation = abbreviations.reduce(0) { max($0, $1.count) }

    /// Creates a splitter.
    public init() {}

    /// The sentences of `unit`, in order; spans never overlap and skip only spaces.
    public func split(_ unit: TextUnit) -> [Sentence] {
        let s = unit.scalars, t = unit.tokens
        var out = [Sentence]()
        var startToken = 0, paragraph = 0, newlinesSinceText = 0
        var k = 0
        func close(_ endToken: Int) {
            if let sentence = makeSentence(unit, startToken..<endToken, paragraph) { out.append(sentence) }
            startToken = endToken
        }
        while k < t.count {
            let tok = t[k]
            let first = s[tok.start]
            if tok.kind == .other {
                let breaks = newlineCount(s, tok.start..<tok.end)
                if breaks > 0 {
                    close(k)
                    newlinesSinceText += breaks
                    startToken = k + 1
                    k += 1
                    continue
                }
                if isTerminal(first) && endsSentence(unit, at: k) {
                    close(k + 1 + closingCount(unit, after: k))
                    k = startToken
                    continue
                }
            } else {
                if newlinesSinceText >= 2 && !out.isEmpty { paragraph += 1 }
                newlinesSinceText = 0
            }
            k += 1
        }
        close(t.count)
        return out
    }

    private func newlineCount(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var n = 0
        for i in r where s[i] == "\n" || s[i] == "\u{2029}" { n += 1 }
        return n
    }

    @inline(__always) private func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "…"
    }

    @inline(__always) private func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "»" || c == ")" || c == "\"" || c == "”"
    }

    /// Closing quotes and brackets glued after the terminal punctuation at token `k`.
    private func closingCount(_ unit: TextUnit, after k: Int) -> Int {
        var n = 0
        while k + 1 + n < unit.tokens.count {
            guard isClosing(unit.scalars[unit.tokens[k + 1 + n].start]) else { break }
            n += 1
        }
        return n
    }

    private func endsSentence(_ unit: TextUnit, at k: Int) -> Bool {
        let s = unit.scalars, t = unit.tokens
        // What follows: spaces, then the first letter of the next sentence.
        var j = k + 1
        while j < t.count, t[j].kind == .other, isClosing(s[t[j].start]) { j += 1 }
        guard j < t.count else { return true }
        guard t[j].kind == .other, s[t[j].start] == " " || s[t[j].start] == "\u{00A0}" || s[t[j].start] == "\n" else { return false }
        if s[t[j].start] == "\n" { return true }
        j += 1
        guard j < t.count else { return true }
        var c = s[t[j].start]
        if t[j].kind == .other, c == "«" || c == "\"" || c == "(" || c == "“", j + 1 < t.count { c = s[t[j + 1].start] }
        let opensSentence = ScalarCase.isUpper(c) || c.properties.numericType != nil
        guard opensSentence else { return false }
        if s[t[k].start] != "." { return true }
        // A period after an abbreviation or an initial does not end the sentence.
        guard k > 0, t[k - 1].kind == .word else { return true }
        let w = t[k - 1]
        // An initial: `С.` or, as ICU keeps `Г.С` together, a word ending in `.X`.
        if ScalarCase.isUpper(s[w.end - 1]) && (w.end - w.start == 1 || s[w.end - 2] == ".") { return false }
        // A word longer than every abbreviation is not looked up (nor lower-cased).
        return w.end - w.start > Self.longestAbbreviation || !Self.abbreviations.contains(ScalarCase.lowered(s, w.start..<w.end))
    }

    private func makeSentence(_ unit: TextUnit, _ tokens: Range<Int>, _ paragraph: Int) -> Sentence? {
        var a = tokens.lowerBound, b = tokens.upperBound
        let t = unit.tokens, s = unit.scalars
        while a < b, t[a].kind == .other, ScalarCase.isWhitespace(s[t[a].start]) { a += 1 }
        while b > a, t[b - 1].kind == .other, ScalarCase.isWhitespace(s[t[b - 1].start]) { b -= 1 }
        guard a < b else { return nil }
        return Sentence(range: t[a].start..<t[b - 1].end, tokens: a..<b, paragraph: paragraph)
    }
}
