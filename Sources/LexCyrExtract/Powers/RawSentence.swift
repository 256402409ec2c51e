/// A sentence read straight from its unit's tokens, for tests that must be cheap: whether a
/// ``WordPattern`` may match, before any ``PowerWord`` is built or any word lower-cased into a
/// new array or stemmed.
///
/// "May" because the Snowball stem is not computed: an exact pattern word (`аким`) is taken to
/// match every word that starts with it (the stem is a prefix of the word, with `ё` read as `е`).
/// Everything else follows ``WordPattern/match(_:at:)``: items are the tokens that are not
/// spaces, and `-`, `(`, `)` may stand between the words of a pattern. So when a pattern
/// matches the items of a sentence, it may match the raw sentence at the same word.
struct RawSentence {
    let unit: TextUnit
    let sentence: Sentence

    /// Whether token `k` is a word, as ``SentenceItems`` counts words.
    @inline(__always)
    func isWord(_ k: Int) -> Bool {
        let kind = unit.tokens[k].kind
        return kind == .word || kind == .ideographic
    }

    /// The first scalar of token `k`.
    @inline(__always)
    func first(_ k: Int) -> Unicode.Scalar { unit.scalars[unit.tokens[k].start] }

    /// The next token after `k` that is an item (not a space), or `nil` at the end.
    func nextItem(after k: Int) -> Int? {
        var j = k + 1
        while j < sentence.tokens.upperBound {
            if unit.tokens[j].kind != .other || !ScalarCase.isWhitespace(first(j)) { return j }
            j += 1
        }
        return nil
    }

    /// Whether `w` may match word token `k`.
    func mayMatch(_ w: WordPattern.Word, at k: Int) -> Bool {
        let t = unit.tokens[k]
        if w.isPrefix { return startsWith(t.start..<t.end, w.text.scalars, stemLike: false) }
        return (t.end - t.start == w.text.count && startsWith(t.start..<t.end, w.text.scalars, stemLike: false))
            || startsWith(t.start..<t.end, w.text.scalars, stemLike: true)
    }

    /// Whether `pattern` may match at word token `k` (its first word already tested or not).
    func mayMatch(_ pattern: WordPattern, at k: Int, skippingFirst: Bool = false) -> Bool {
        var j = k
        for (n, w) in pattern.words.enumerated() {
            if n > 0 {
                guard var next = nextItem(after: j) else { return false }
                // `Премьер-Министр`, `законодательного (представительного) органа`.
                while unit.tokens[next].kind == .other, first(next) == "-" || first(next) == "(" || first(next) == ")" {
                    guard let after = nextItem(after: next) else { return false }
                    next = after
                }
                j = next
            }
            guard isWord(j) else { return false }
            if n == 0 && skippingFirst { continue }
            guard mayMatch(w, at: j) else { return false }
        }
        return true
    }

    /// Whether some word of the sentence may match one of `words`.
    func mayContain(_ words: [WordPattern.Word]) -> Bool {
        for k in sentence.tokens where isWord(k) {
            if words.contains(where: { mayMatch($0, at: k) }) { return true }
        }
        return false
    }

    /// Whether word token `k` starts, once lower-cased, with `prefix`.
    func startsWith(_ k: Int, _ prefix: Letters) -> Bool {
        let t = unit.tokens[k]
        return startsWith(t.start..<t.end, prefix.scalars, stemLike: false)
    }

    /// Whether the lower-cased `scalars[range]` starts with `p`; with `stemLike`, `ё` in the
    /// word counts as `е`, as in Snowball's Russian stems.
    @inline(__always)
    private func startsWith(_ range: Range<Int>, _ p: [Unicode.Scalar], stemLike: Bool) -> Bool {
        guard p.count <= range.count else { return false }
        let s = unit.scalars
        var k = range.lowerBound
        for c in p {
            var l = ScalarCase.lower(s[k])
            if stemLike, l == "ё" { l = "е" }
            if l != c { return false }
            k += 1
        }
        return true
    }
}
