/// Splits a footnote into the regions that each cite one act: at `;` between citations, at a
/// new sentence that starts a citation after an official source (`… Ст. 3451. Указ …`), at a
/// second type word once the first citation has its date or number, and into parentheses that
/// hold a citation inside commentary (`… не образуются (Закон Республики Казахстан от …)`).
struct CitationSplitter {
    /// One citation's pieces: `pieces[range]`, with its type word at `anchor`.
    struct Region {
        var pieces: [Piece]
        var range: Range<Int>
        var anchor: Int
    }

    let view: TokenView
    let classifier: WordClassifier

    /// The citation regions of `pieces` (the pieces of a footnote or of a group in it).
    func regions(_ pieces: [Piece], depth: Int = 0) -> [Region] {
        var out = [Region]()
        for segment in segments(pieces) {
            out += split(pieces, segment, depth: depth)
        }
        return out
    }

    /// Ranges between top-level `;`, further cut where a new sentence starts a citation after `//`.
    private func segments(_ pieces: [Piece]) -> [Range<Int>] {
        var out = [Range<Int>]()
        var start = 0
        var sawSource = false
        for (k, p) in pieces.enumerated() {
            if p.kind == .mark, p.mark == ";" {
                if k > start { out.append(start..<k) }
                start = k + 1
                sawSource = false
            } else if p.kind == .slashes || p.kind == .url {
                sawSource = true
            } else if sawSource, p.kind == .mark, p.mark == ".", k + 1 < pieces.count, startsCitation(pieces, k + 1) {
                out.append(start..<(k + 1))
                start = k + 1
                sawSource = false
            }
        }
        if start < pieces.count { out.append(start..<pieces.count) }
        return out
    }

    /// `true` when piece `k` is a capitalised word that begins an act phrase: a type word, or a
    /// modifier, state or issuer word followed by a type word before the sentence ends.
    private func startsCitation(_ pieces: [Piece], _ k: Int) -> Bool {
        guard pieces[k].kind == .word, Fold.isUpper(view.scalars[pieces[k].range.lowerBound]) else { return false }
        var j = k
        while j < pieces.count, j < k + 14 {
            let p = pieces[j]
            if p.kind == .mark, p.mark == "." || p.mark == ";" { return false }
            if p.kind == .word, isAnchor(p) { return true }
            j += 1
        }
        return false
    }

    /// `true` for a word that names an act type in the singular (not `Указ.` of `Указ. соч.`).
    func isAnchor(_ p: Piece) -> Bool {
        guard TypeWordFilter.mayBeTypeWord(view.scalars, p.range) else { return false }
        let s = classifier.sense(view, p)
        return s.type != nil && !s.plural && !OpCit.follows(view, p.range) && TypeWordFilter.standsAlone(view.scalars, p.range)
    }

    /// The regions of one segment.
    private func split(_ pieces: [Piece], _ segment: Range<Int>, depth: Int) -> [Region] {
        let cut = pieces[segment].firstIndex { $0.kind == .slashes } ?? segment.upperBound
        var anchors = [Int]()
        var nested = [Region]()
        for k in segment.lowerBound..<cut {
            let p = pieces[k]
            if p.kind == .word, isAnchor(p) {
                anchors.append(k)
            } else if p.kind == .group, depth < 2, let inner = p.inner, startsWithAnchor(inner) {
                // A citation in parentheses inside commentary.
                nested += regions(PieceScanner(view: view).scan(inner), depth: depth + 1)
            }
        }
        guard let firstAnchor = anchors.first else { return nested }
        var out = [Region]()
        var start = segment.lowerBound
        var current = firstAnchor
        for a in anchors.dropFirst() {
            let kazakh = classifier.sense(view, pieces[a]).kazakh
            // `Бюджет кодексі: 2008 жылғы … № 95-IV Кодекс`: a bare type word right after a date or
            // number repeats the act's type; an inflected one (`… № 91-III Заңымен`) starts a phrase.
            if !kazakh, pieces[a - 1].kind == .actNumber || pieces[a - 1].kind == .date { continue }
            guard hasFields(pieces, from: current, to: a),
                  kazakh || Fold.isUpper(view.scalars[pieces[phraseStart(pieces, a, lower: current)].range.lowerBound]) else { continue }
            let boundary = kazakh ? kazakhPhraseStart(pieces, a, lower: current + 1) : phraseStart(pieces, a, lower: current)
            out.append(Region(pieces: pieces, range: start..<boundary, anchor: current))
            start = boundary
            current = a
        }
        out.append(Region(pieces: pieces, range: start..<segment.upperBound, anchor: current))
        return out + nested
    }

    /// `true` when a date, an act number or a closed quote lies between pieces `a` and `b`.
    private func hasFields(_ pieces: [Piece], from a: Int, to b: Int) -> Bool {
        pieces[(a + 1)..<b].contains { $0.kind == .date || $0.kind == .actNumber || ($0.kind == .quote && $0.closed) }
    }

    /// The first piece of the modifiers in front of type word `a` (`Федеральный закон`).
    private func phraseStart(_ pieces: [Piece], _ a: Int, lower: Int) -> Int {
        var k = a
        while k - 1 > lower, pieces[k - 1].kind == .word,
              classifier.sense(view, pieces[k - 1]).modifier != nil { k -= 1 }
        return k
    }

    /// The first piece of the Kazakh phrase whose type word is `a` (its fields come before it:
    /// `Қазақстан Республикасы 2005 жылғы … № 91-III Заңымен`), not before `lower`.
    private func kazakhPhraseStart(_ pieces: [Piece], _ a: Int, lower: Int) -> Int {
        let parser = ActPhraseParser(view: view, pieces: pieces, classifier: classifier, mode: .citation)
        return max(lower, parser.parse(anchor: a, bounds: lower..<(a + 1))?.first ?? lower)
    }

    /// `true` when the text of `inner` begins (after a lead-in) with an act phrase.
    private func startsWithAnchor(_ inner: Range<Int>) -> Bool {
        var i = view.firstToken(atOrAfter: inner.lowerBound)
        var words = 0
        while i < view.tokens.count, view.tokens[i].start < inner.upperBound, words < 4 {
            let t = view.tokens[i]
            if t.kind == .word {
                let s = classifier.sense(view, token: i)
                if s.type != nil && !s.plural && TypeWordFilter.standsAlone(view.scalars, t.start..<t.end) { return true }
                if !(ActLexicon.leadIns.contains(view.scalars, t.start..<t.end) || s.modifier != nil) { return false }
                words += 1
            } else if t.kind == .number {
                return false
            }
            i += 1
        }
        return false
    }
}
