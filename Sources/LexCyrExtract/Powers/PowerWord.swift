import LexCyrUnicode

/// One item of a sentence as the power rules see it: a word (lower-cased, stemmed on demand), a number
/// or a punctuation mark. Spaces are dropped.
struct PowerWord {
    /// Scalar range in the text unit.
    var range: Range<Int>
    /// `true` for a word (letters).
    var isWord: Bool
    /// Lower-case form (words only; empty otherwise).
    var lower = Letters([])
    /// ``ScalarKey`` of ``lower``, for pattern look-ups (words only).
    var key: UInt64 = 0
    /// Snowball stem of ``lower`` (words only; empty otherwise), computed when asked: most
    /// words are never stemmed, only those a rule asks about (through ``SharedStemmer``'s cache).
    var stem: Letters { isWord ? SharedStemmer.russian?.stem(lower) ?? "" : "" }
    /// What the stemmer removed (`ом` in `президентом`), computed when asked.
    var ending: Letters { Stemmer.ending(of: lower, stem: stem) }

    /// Whether the stem may be `text`: the stem is a prefix of the word (with `ё` read as
    /// `е`, as Snowball's Russian stemmer reads it), so a word that does not start with `text`
    /// need not be stemmed to know that it is not.
    @inline(__always)
    func mayStem(to text: Letters) -> Bool {
        let w = lower.scalars, t = text.scalars
        guard t.count <= w.count else { return false }
        for i in 0..<t.count where w[i] != t[i] && !(w[i] == "ё" && t[i] == "е") { return false }
        return true
    }

    /// Whether the stem is `text` (stemming only a word that may have it).
    @inline(__always)
    func hasStem(_ text: Letters) -> Bool { mayStem(to: text) && stem == text }
    /// The mark, for punctuation.
    var punct: Unicode.Scalar? = nil
    /// The value of a number of at most four digits (years).
    var number: Int? = nil
    /// How many «quotes» enclose the item.
    var quoteDepth = 0
    /// Which clause of the sentence the item belongs to (see ``SentenceItems``).
    var clause = 0
}

/// The items of one sentence, with clause numbers: a parenthesis opens a clause of its own, and
/// `;` and `:` start a new one.
struct SentenceItems {
    /// The items in order.
    var items: [PowerWord]
    /// Scalar range of each clause, by clause number.
    var clauseRanges: [Range<Int>]
    /// `true` when the sentence has letters only Kazakh uses (ә, ғ, қ, ң, ө, ұ, ү, һ, і).
    var isKazakh: Bool

    /// Builds the items of `sentence` in `unit`.
    init(_ unit: TextUnit, _ sentence: Sentence) {
        let s = unit.scalars
        var items = [PowerWord]()
        items.reserveCapacity(sentence.tokens.count)
        var quote = 0
        var clauseStack = [0]
        var ranges = [sentence.range]
        var kazakh = false
        for k in sentence.tokens {
            let t = unit.tokens[k]
            let first = s[t.start]
            switch t.kind {
            case .word, .ideographic:
                let lower = ScalarCase.lowered(s, t.start..<t.end)
                if !kazakh { kazakh = Self.hasKazakhLetter(s[t.start..<t.end]) }
                items.append(PowerWord(range: t.start..<t.end, isWord: true, lower: lower, key: ScalarKey.key(lower),
                                       quoteDepth: quote,
                                       clause: clauseStack.last!))
            case .number:
                items.append(PowerWord(range: t.start..<t.end, isWord: false, number: Self.smallNumber(s[t.start..<t.end]),
                                       quoteDepth: quote, clause: clauseStack.last!))
            case .other:
                if ScalarCase.isWhitespace(first) { continue }
                if first == "»" || first == "”" { quote = max(0, quote - 1) }
                if first == ")" && clauseStack.count > 1 {
                    let c = clauseStack.removeLast()
                    ranges[c] = ranges[c].lowerBound..<t.start
                }
                if first == ";" || first == ":" {
                    let c = clauseStack.removeLast()
                    ranges[c] = ranges[c].lowerBound..<t.start
                    ranges.append(t.end..<sentence.range.upperBound)
                    clauseStack.append(ranges.count - 1)
                }
                items.append(PowerWord(range: t.start..<t.end, isWord: false, punct: first,
                                       quoteDepth: quote, clause: clauseStack.last!))
                if first == "«" || first == "“" { quote += 1 }
                if first == "(" {
                    ranges.append(t.end..<sentence.range.upperBound)
                    clauseStack.append(ranges.count - 1)
                }
            }
        }
        self.items = items
        self.clauseRanges = ranges.map { r in Self.trim(s, r) }
        self.isKazakh = kazakh
    }

    /// The value of ASCII digits, at most four of them (`2022`); `nil` otherwise.
    static func smallNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard scalars.count <= 4 else { return nil }
        var value = 0
        for c in scalars {
            guard c.value >= 0x30 && c.value <= 0x39 else { return nil }
            value = value &* 10 &+ Int(c.value - 0x30)
        }
        return value
    }

    /// Letters of the Kazakh alphabet that Russian does not have.
    static func hasKazakhLetter(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.contains { c in
            // Russian letters lie below U+0492 apart from `І`/`і`: one comparison for most.
            guard c.value >= 0x492 || c.value == 0x406 || c.value == 0x456 else { return false }
            return switch c.value {
            case 0x04D8, 0x04D9, 0x0492, 0x0493, 0x049A, 0x049B, 0x04A2, 0x04A3, 0x04E8, 0x04E9,
                 0x04B0, 0x04B1, 0x04AE, 0x04AF, 0x04BA, 0x04BB, 0x0406, 0x0456: true
            default: false
            }
        }
    }

    private static func trim(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = max(r.lowerBound, r.upperBound)
        while a < b, ScalarCase.isWhitespace(s[a]) || s[a] == "–" || s[a] == "—" { a += 1 }
        while b > a, ScalarCase.isWhitespace(s[b - 1]) { b -= 1 }
        return a..<b
    }
}
