import LexCyrCore

/// Finds acts named inside a title (`«О внесении изменения в Указ Президента Республики
/// Казахстан от 6 декабря 2004 года N 1484»`) and the relation of the citing act to them:
/// `amends`, `implements`, `repeals` or `mentions`.
struct NestedActFinder {
    let view: TokenView
    let classifier: WordClassifier

    /// The acts named in the title text `inner` of `parent`.
    func find(in inner: Range<Int>, parent: ParsedAct) -> [NestedAct] {
        guard mayNameAct(inner) else { return [] }
        let pieces = PieceScanner(view: view).scan(inner)
        let parser = ActPhraseParser(view: view, pieces: pieces, classifier: classifier, mode: .citation)
        let reader = ActFieldReader(view: view, pieces: pieces, classifier: classifier)
        var amending: Bool? = nil   // decided when the first act is found
        var out = [NestedAct]()
        var k = 0
        var floor = 0
        while k < pieces.count {
            defer { k += 1 }
            guard pieces[k].kind == .word, TypeWordFilter.mayBeTypeWord(view.scalars, pieces[k].range) else { continue }
            let s = classifier.sense(view, pieces[k])
            guard s.type != nil, !s.plural, TypeWordFilter.standsAlone(view.scalars, pieces[k].range), let phrase = parser.parse(anchor: k, bounds: floor..<pieces.count) else { continue }
            let number = reader.value(phrase.number)
            let issuer = IssuerResolver.resolve(phrase.senses)
            guard let kind = reader.refinedKind(phrase, issuer: issuer, number: number) else { continue }
            let title = reader.title(phrase.title)
            guard kind == .constitution || phrase.date != nil || number != nil || title != nil || phrase.jurisdiction != nil else { continue }
            let span = pieces[phrase.first].range.lowerBound..<pieces[phrase.last].range.upperBound
            // A nested act is a relation of its parent, not a record of its own: it needs no text.
            var act = ParsedAct(kind: kind, footnote: parent.footnote, span: span, text: "", isCitation: false)
            act.international = phrase.senses.contains { $0.roles.contains(.international) }
            act.jurisdiction = phrase.jurisdiction ?? ActFieldReader.jurisdiction(ofNumber: number) ?? phrase.impliedState
                ?? (act.international || kind == .treaty ? nil : parent.jurisdiction)
            act.soviet = phrase.soviet
            act.issuer = issuer ?? ActFieldReader.defaultIssuer(kind)
            act.date = reader.value(phrase.date)
            act.number = number
            act.title = title ?? (kind == .constitution || kind == .code ? reader.name(phrase) : nil)
            act.describe = phrase.describe.map { Fold.collapsed(view.scalars, $0) }
            if amending == nil { amending = amendsByTitle(pieces) }
            out.append(NestedAct(act: act, relation: relation(pieces, phrase, amending: amending ?? false)))
            k = phrase.last
            floor = phrase.last + 1
        }
        return out
    }

    /// `false` when no word of `inner` may be a type word, so that no act is named there: the
    /// words the pieces of `inner` can have (a word cut at the end of `inner` as the scanner cuts it).
    private func mayNameAct(_ inner: Range<Int>) -> Bool {
        let filter = TypeWordFilter()
        var i = view.firstToken(atOrAfter: inner.lowerBound)
        while i < view.tokens.count, view.tokens[i].start < inner.upperBound {
            let t = view.tokens[i]
            if t.kind == .word || t.kind == .ideographic, filter.mayBeTypeWord(view.scalars, t.start..<min(t.end, inner.upperBound)) {
                return true
            }
            i += 1
        }
        return false
    }

    private static let amendmentWords: [UInt64: Int] = [
        Fold.key("изме", length: 4)!: 1, Fold.key("допо", length: 4)!: 1, Fold.key("попр", length: 4)!: 1,
        Fold.key("өзге", length: 4)!: 2, Fold.key("толы", length: 4)!: 2, Fold.key("енгі", length: 4)!: 4,
    ]

    /// `true` when the title speaks of amendments (`О внесении изменений`, `Об изменении`,
    /// `О поправке`, `өзгерістер енгізу`), told by the first letters of its words.
    private func amendsByTitle(_ pieces: [Piece]) -> Bool {
        var seen = 0
        for p in pieces where p.kind == .word {
            if let k = Fold.key(view.scalars, p.range, length: 4), let bit = Self.amendmentWords[k] { seen |= bit }
        }
        return seen & 1 != 0 || seen & 6 == 6
    }

    /// How the title relates its act to the act `phrase` names: the words just in front of the
    /// phrase (`в Указ`, `в статью 5 Закона` after `О внесении изменений`; `по реализации
    /// отдельных положений Закона`; `утратившим силу Указ`) or, in Kazakh, the words after it
    /// (`Заңына өзгерістер енгізу`, `… іске асыру`).
    private func relation(_ pieces: [Piece], _ phrase: ActPhrase, amending: Bool) -> String {
        var k = phrase.first - 1
        while k >= 0, k >= phrase.first - 4, pieces[k].kind == .word || pieces[k].kind == .number {
            // A stem is the start of its word: a word that starts with no cue has no cue's stem
            // (and is not stemmed, which is what costs).
            if pieces[k].kind == .word, begins(pieces[k], Self.beforeCues) || (amending && begins(pieces[k], Self.preposition)) {
                let w = stem(pieces[k])
                if w == "сил" || w.hasPrefix("отмен") || w.hasPrefix("приостановлен") { return "repeals" }
                if w.hasPrefix("реализац") || w.hasPrefix("исполнен") { return "implements" }
                if amending, w == "в" || w == "во" { return "amends" }
            }
            k -= 1
        }
        let after = phrase.last + 1 < pieces.count && pieces[phrase.last + 1].kind == .word
            && begins(pieces[phrase.last + 1], Self.afterCues) ? stem(pieces[phrase.last + 1]) : ""
        if after.hasPrefix("күші") { return "repeals" }
        if after.hasPrefix("іске") { return "implements" }
        if amending, after.hasPrefix("өзгері") || after.hasPrefix("толықт") { return "amends" }
        return "mentions"
    }

    /// First letters of the stems `relation` looks for before the phrase and after it.
    private static let beforeCues = ["сил", "отмен", "приостановлен", "реализац", "исполнен"].map { Array($0.unicodeScalars) }
    private static let preposition = [Array("в".unicodeScalars)]
    private static let afterCues = ["күші", "іске", "өзгері", "толықт"].map { Array($0.unicodeScalars) }

    /// `true` when word piece `p`, lower-cased, starts with one of `prefixes`.
    private func begins(_ p: Piece, _ prefixes: [[Unicode.Scalar]]) -> Bool {
        prefixes.contains { cue in
            cue.count <= p.range.count && cue.indices.allSatisfy { Fold.lower(view.scalars[p.range.lowerBound + $0]) == cue[$0] }
        }
    }

    private func stem(_ p: Piece) -> String {
        classifier.stem(view.scalars, p.range)
    }
}
