import LexCyrCore

/// Finds mentions of acts in running text, in any grammatical case: `Указом Президента`,
/// `Конституционного закона о Президенте Республики`, `Конституции 1993 года`, `Конституции
/// Казахской ССР`, `Заңына`, `«…» Заңымен`.
///
/// Every word passes a cheap check on its first letters (``TypeWordFilter/mayBeTypeWord(_:_:)``);
/// only the few that pass are stemmed, and only around those is the text cut into pieces and
/// parsed. A bare generic word (`законом`, `законов`) is not a mention: a law, decree or
/// resolution needs an issuer, a state, a date, a number, a title, a description (`о …`), a
/// modifier (`Федеральный`) or a capital letter inside the sentence.
struct BodyMentionFinder {
    let view: TokenView
    let classifier: WordClassifier

    /// How much text around a type word the phrase may take, in scalars.
    private static let before = 200
    private static let after = 500
    private static let keywordLeads = ["ключевые слова", "keywords", "key words", "түйінді сөздер", "тірек сөздер"]

    /// The mentions in `unit`.
    func mentions(_ unit: TextUnit) -> [ParsedAct] {
        var out = [ParsedAct]()
        var coveredUntil = 0
        let s = view.scalars
        let tokens = view.tokens
        let filter = TypeWordFilter()
        let triples = TypeWordFilter.triples
        for i in tokens.indices {
            let t = tokens[i]
            guard t.kind == .word, t.start >= coveredUntil else { continue }
            if let name = CodeAbbreviations.name(s, t.start..<t.end), let act = abbreviatedCode(at: i, name: name, footnote: unit.footnote) {
                out.append(act)
                coveredUntil = act.span.upperBound
                continue
            }
            guard !TypeWordFilter.rejects(s, t.start..<t.end, triples: triples), filter.mayBeTypeWord(s, t.start..<t.end) else { continue }
            let sense = classifier.sense(view, token: i)
            guard sense.type != nil, !sense.plural, !OpCit.follows(view, t.start..<t.end),
                  TypeWordFilter.standsAlone(s, t.start..<t.end) else { continue }
            let start = paragraphs.start(of: t.start)
            if isKeywordLine(start) { continue }
            guard let act = mention(at: i, paragraphStart: start, footnote: unit.footnote) else { continue }
            out.append(act)
            coveredUntil = act.span.upperBound
        }
        return out
    }

    private var paragraphs: ParagraphBounds {
        ParagraphBounds(view.scalars, before: Self.before, after: Self.after)
    }

    /// The mention whose type word is `token`, in the paragraph that starts at `paragraphStart`.
    private func mention(at token: Int, paragraphStart: Int, footnote: Int?) -> ParsedAct? {
        let t = view.tokens[token]
        // Most phrases are short: parse a small window first, the whole reach only when the
        // phrase runs into the window's edge. The paragraph's end is looked for as far as the
        // window reaches (`end` is past the window when the paragraph goes on beyond it).
        let end = paragraphs.end(from: t.start, stoppingAt: t.end + 161)
        let paragraph = paragraphStart..<end
        let small = max(paragraph.lowerBound, t.start - 60)..<min(max(paragraph.upperBound, t.end), t.end + 160)
        guard let (pieces, phrase) = parse(token, small) else { return nil }
        let stray = phrase.first > 0 && pieces[phrase.first - 1].kind == .mark
            && pieces[phrase.first - 1].mark.map { "»\"”)".unicodeScalars.contains($0) } == true
        if (phrase.first == 0 && small.lowerBound > paragraph.lowerBound) || (stray && small.lowerBound > paragraph.lowerBound)
            || (phrase.last + 2 >= pieces.count && small.upperBound < paragraph.upperBound)
            || pieces.contains(where: { !$0.closed }) {
            let whole = paragraphs.end(from: t.start, resuming: end)
            guard let (p2, phrase2) = parse(token, paragraph.lowerBound..<max(whole, t.end)) else { return nil }
            return build(phrase2, p2, footnote: footnote)
        }
        return build(phrase, pieces, footnote: footnote)
    }

    /// The pieces of `window` and the phrase of the type word at `token`, if it is not inside a
    /// quoted title (where it is no mention of its own).
    private func parse(_ token: Int, _ window: Range<Int>) -> ([Piece], ActPhrase)? {
        let pieces = PieceScanner(view: view, groups: false).scan(window)
        let start = view.tokens[token].start
        guard let a = pieces.firstIndex(where: { $0.kind == .word && $0.range.lowerBound == start }) else { return nil }
        let parser = ActPhraseParser(view: view, pieces: pieces, classifier: classifier, mode: .mention)
        guard let phrase = parser.parse(anchor: a, bounds: 0..<pieces.count) else { return nil }
        return (pieces, phrase)
    }

    private func build(_ phrase: ActPhrase, _ pieces: [Piece], footnote: Int?) -> ParsedAct? {
        let reader = ActFieldReader(view: view, pieces: pieces, classifier: classifier)
        let number = reader.value(phrase.number)
        let issuer = IssuerResolver.resolve(phrase.senses)
        guard let kind = reader.refinedKind(phrase, issuer: issuer, number: number),
              qualifies(phrase, kind: kind, issuer: issuer, pieces: pieces) else { return nil }
        let span = pieces[phrase.first].range.lowerBound..<pieces[phrase.last].range.upperBound
        var act = ParsedAct(kind: kind, footnote: footnote, span: span, text: Fold.string(view.scalars, span), isCitation: false)
        act.jurisdiction = phrase.jurisdiction ?? ActFieldReader.jurisdiction(ofNumber: number) ?? phrase.impliedState
        act.soviet = phrase.soviet
        act.international = kind == .treaty || phrase.senses.contains { $0.roles.contains(.international) }
        act.issuer = issuer ?? ActFieldReader.defaultIssuer(kind)
        act.date = reader.value(phrase.date)
        act.number = number
        act.title = reader.title(phrase.title)
        // A code named in running text (`Гражданским кодексом`) is told apart by its name.
        act.describe = phrase.describe.map { Fold.collapsed(view.scalars, $0) }
            ?? (kind == .code && phrase.modifiers.contains(.codeName) ? reader.name(phrase) : nil)
        if let t = phrase.title, let inner = pieces[t].inner {
            act.nested = NestedActFinder(view: view, classifier: classifier).find(in: inner, parent: act)
        }
        return act
    }

    /// A code cited by its abbreviation `name` and state (`ГК РФ`, `УК РК`).
    private func abbreviatedCode(at i: Int, name: String, footnote: Int?) -> ParsedAct? {
        let t = view.tokens[i]
        guard let j = view.next(after: i, requireSpace: true), view.tokens[j].kind == .word,
              let state = classifier.sense(view, token: j).jurisdiction else { return nil }
        let span = t.start..<view.tokens[j].end
        var act = ParsedAct(kind: .code, footnote: footnote, span: span, text: Fold.string(view.scalars, span), isCitation: false)
        act.jurisdiction = state
        act.issuer = ActFieldReader.defaultIssuer(.code)
        act.describe = name
        return act
    }

    /// Whether the phrase names one act rather than acts in general.
    private func qualifies(_ p: ActPhrase, kind: ActReference.Kind, issuer: String?, pieces: [Piece]) -> Bool {
        let parser = ActPhraseParser(view: view, pieces: pieces, classifier: classifier, mode: .mention)
        let capital = parser.isCapitalized(p.nameFirst) && !parser.startsSentence(p.nameFirst)
        let fields = p.date != nil || p.number != nil || p.title != nil || p.describe != nil || p.jurisdiction != nil
        switch kind {
        case .constitution:
            return true
        case .address:
            return capital || issuer != nil || fields
        case .code:
            return p.modifiers.contains(.codeName) || capital || fields
        case .treaty:
            // `договор`, `соглашение`, `келісім` are everyday words: a treaty needs its name or date.
            return p.title != nil || p.date != nil || p.number != nil || (capital && p.describe != nil)
        default:
            // `федеральным законом` in lower case is "by federal law", not one act.
            return fields || issuer != nil || capital
        }
    }

    /// `true` for a keywords line (`Ключевые слова: Конституция, закон`); `start` is where the
    /// line starts, or a place more than ``before`` scalars into it (then it is no keyword line).
    private func isKeywordLine(_ start: Int) -> Bool {
        let s = view.scalars
        return Self.keywordLeadScalars.contains { lead in
            start + lead.count <= s.count && lead.indices.allSatisfy { Fold.lower(s[start + $0]) == lead[$0] }
        }
    }

    private static let keywordLeadScalars = keywordLeads.map { Array($0.unicodeScalars) }
}
