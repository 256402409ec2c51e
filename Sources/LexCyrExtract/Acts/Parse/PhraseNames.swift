import LexCyrCore

/// The descriptions and names around a type word: `о местном управлении`, `… туралы`,
/// `административного судопроизводства`, `(Основной Закон)`, notes in brackets.
extension ActPhraseParser {
    /// Up to five words before Kazakh `туралы` (`жергілікті мемлекеттік басқару туралы`), not
    /// past a type word or a conjunction or postposition; when a capitalised word follows
    /// lower-case ones, the name starts at the capital (`жауапкершілігі Әкімшілік құқық
    /// бұзушылық туралы` → `Әкімшілік …`).
    func describeBefore(_ k: Int, lower: Int) -> Range<Int>? {
        var j = k - 1
        var words = 0
        var capital: Int? = nil
        while j >= lower, words < 5, pieces[j].kind == .word || (pieces[j].kind == .mark && pieces[j].mark == "-") {
            if pieces[j].kind == .word {
                if Self.kazakhDescribeStops.contains(view.scalars, pieces[j].range) || sense(j).type != nil { break }
                if isCapitalized(j) { capital = j }
                words += 1
            }
            j -= 1
        }
        guard words > 0 else { return nil }
        var first = capital ?? (j + 1)
        while pieces[first].kind != .word { first += 1 }   // not from the hyphen of `1-тоқсанында`
        return pieces[first].range.lowerBound..<pieces[k].range.upperBound
    }

    /// The last piece of a lower-case genitive that names a code (`административного
    /// судопроизводства`): an adjective in `-ого`/`-его` or a code-name modifier, and the noun
    /// after it.
    func codeNameGenitive(_ k: Int, upper: Int) -> Int? {
        guard !isCapitalized(k), sense(k).modifier == .codeName || endsWith(k, Self.genitiveAdjective),
              k + 1 < upper, pieces[k + 1].kind == .word, !isCapitalized(k + 1),
              !Self.describeStops.contains(view.scalars, pieces[k + 1].range), sense(k + 1).type == nil,
              !endsWith(k + 1, Self.verbEndings) else { return nil }
        return k + 1
    }

    /// `true` for a short capitalised note in parentheses that is part of a name: `(Основной Закон)`.
    func isNameNote(_ piece: Piece) -> Bool {
        // An unclosed `(` at the end of the text has an empty inside (`Конституция (`).
        guard let inner = piece.inner, !inner.isEmpty, inner.count < 30, Fold.isUpper(view.scalars[inner.lowerBound]) else { return false }
        return view.scalars[inner].allSatisfy { $0.properties.isAlphabetic || $0 == " " }
    }

    /// The descriptive phrase after `о`/`об` at piece `k` (`о местном управлении`). In running
    /// text it stops at function words, verbs and adverbs; in a citation it runs to the next
    /// punctuation, date or number (`Кодекс … об административных правонарушениях от …`).
    func describeAfter(_ k: Int, upper: Int) -> (range: Range<Int>, last: Int)? {
        var j = k + 1
        var last: Int? = nil
        var words = 0
        var sawCapital = false
        let limit = mode == .citation ? 20 : 6
        while j < upper, words < limit {
            let piece = pieces[j]
            if piece.kind == .mark, piece.mark == "-", !piece.spaceBefore, last == j - 1 { j += 1; continue }
            guard piece.kind == .word else { break }
            let capital = isCapitalized(j)
            if mode == .citation {
                if hash(j) == Self.ot, j + 1 < upper, pieces[j + 1].kind == .date { break }
            } else {
                if Self.describeStops.contains(view.scalars, piece.range) || sense(j).type != nil && !capital { break }
                if !capital && (sawCapital || endsWith(j, Self.verbEndings)) { break }
            }
            if capital { sawCapital = true }
            last = j
            words += 1
            j += 1
        }
        guard let last else { return nil }
        return (pieces[k].range.lowerBound..<pieces[last].range.upperBound, last)
    }

    /// `true` when the group's first word has `role` (`(часть первая)`, `(ред. от …)`).
    func groupStarts(_ piece: Piece, with role: WordRoles) -> Bool {
        Self.groupStarts(piece, with: role, view: view, classifier: classifier)
    }

    /// `true` when the first word of group `piece` of `view` (after `в`, `с`) has `role`.
    static func groupStarts(_ piece: Piece, with role: WordRoles, view: TokenView, classifier: WordClassifier) -> Bool {
        guard let inner = piece.inner else { return false }
        var i = view.firstToken(atOrAfter: inner.lowerBound)
        while i < view.tokens.count, view.tokens[i].start < inner.upperBound {
            let t = view.tokens[i]
            if t.kind == .word {
                if skippedInGroups.contains(view.scalars, t.start..<t.end) { i += 1; continue }
                return classifier.sense(view, token: i).roles.contains(role)
            }
            if t.kind != .other { return false }
            i += 1
        }
        return false
    }
}
