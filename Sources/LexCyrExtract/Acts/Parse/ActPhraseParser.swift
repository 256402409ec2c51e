import LexCyrCore

/// Parses the phrase around a type word: modifiers before it, the issuer and state after it
/// (before it in Kazakh), then the date, number and title in whatever order they come — the
/// "parse fields around the anchor" step of citation extraction.
struct ActPhraseParser {
    /// How far the phrase may reach.
    enum Mode {
        /// A formal citation: issuer names may hold lower-case words (`Министра финансов`).
        case citation
        /// A mention in running text or inside a title: only words that name issuers and states.
        case mention
    }

    let view: TokenView
    let pieces: [Piece]
    let classifier: WordClassifier
    var mode: Mode

    static let describeStops = WordSet([
        "в", "во", "на", "с", "со", "по", "для", "от", "до", "к", "ко", "за", "из", "при", "и", "а", "но",
        "или", "что", "который", "которая", "которое", "которые", "которого", "которой", "котором", "которым",
        "был", "была", "было", "были", "это", "не", "также", "как", "так", "его", "ее", "её", "их", "после",
        "перед", "между", "через", "то", "же", "бы", "ли", "уже", "всех", "все",
    ])
    static let genitiveAdjective: [[Unicode.Scalar]] = ["ого", "его"].map { Array($0.unicodeScalars) }
    /// Kazakh adjective endings (`процестік`, `экологиялық`), which name a code with it.
    static let kazakhAdjective: [[Unicode.Scalar]] = ["лық", "лік", "дық", "дік", "тық", "тік"].map { Array($0.unicodeScalars) }
    /// Whom an address is made to: `Послание … народу Казахстана`.
    private static let addressees = WordSet(["народу", "народ", "гражданам"])
    static let ot = WordSet.hash("от"), o = WordSet.hash("о"), ob = WordSet.hash("об")
    static let turaly = WordSet.hash("туралы"), po = WordSet.hash("по"), and = WordSet.hash("и")
    static let skippedInGroups = WordSet(["в", "с", "со"])
    /// Kazakh words that end a description before `туралы` (conjunctions, postpositions,
    /// demonstratives: `Алайда`, `ішінде`, `кезіндегі`).
    static let kazakhDescribeStops = WordSet([
        "ал", "алайда", "бірақ", "сондықтан", "ішінде", "кезінде", "кезіндегі", "бойынша", "сәйкес", "арқылы",
        "үшін", "бұл", "осы", "сол", "да", "де", "та", "те", "ғана", "сондай-ақ",
    ])
    /// Endings of verbs and adverbs, which end a description in running text
    /// (`закон о местном управлении устанавливает`).
    static let verbEndings: [[Unicode.Scalar]] = ["о", "ся", "сь", "ть", "ла", "ло", "ли", "л", "ет", "ит", "ют", "ят", "ут", "ат"]
        .map { Array($0.unicodeScalars) }

    /// The sense of word piece `k`.
    func sense(_ k: Int) -> WordSense {
        classifier.sense(view, pieces[k])
    }

    /// The hash of word piece `k`, lower-cased (compare with `WordSet.hash`).
    func hash(_ k: Int) -> UInt64 {
        WordSet.hash(view.scalars, pieces[k].range)
    }

    /// `true` when word piece `k` ends with one of `endings` (lower case).
    func endsWith(_ k: Int, _ endings: [[Unicode.Scalar]]) -> Bool {
        let r = pieces[k].range
        return endings.contains { e in
            e.count < r.count && e.indices.allSatisfy { e[$0] == Fold.lower(view.scalars[r.upperBound - e.count + $0]) }
        }
    }

    func isCapitalized(_ k: Int) -> Bool {
        Fold.isUpper(view.scalars[pieces[k].range.lowerBound])
    }

    /// `true` when piece `k` is a hyphen with no space before it, between two words.
    private func gluedHyphen(_ k: Int) -> Bool {
        pieces[k].kind == .mark && pieces[k].mark == "-" && !pieces[k].spaceBefore && k > 0 && pieces[k - 1].kind == .word
    }

    /// `true` when piece `k` starts a sentence or a paragraph.
    func startsSentence(_ k: Int) -> Bool {
        var i = pieces[k].range.lowerBound - 1
        while i >= 0, view.scalars[i] == " " { i -= 1 }
        guard i >= 0 else { return true }
        let c = view.scalars[i]
        return c == "." || c == "!" || c == "?" || c == "\n" || c == "…"
    }

    /// `true` when word piece `k` is Kazakh: `туралы`, or a word with a letter Russian lacks.
    private func isKazakh(_ k: Int) -> Bool {
        hash(k) == Self.turaly || view.scalars[pieces[k].range].contains(where: WordClassifier.isKazakhLetter)
    }

    /// The phrase whose type word is piece `a`, within pieces `bounds`.
    func parse(anchor a: Int, bounds: Range<Int>) -> ActPhrase? {
        let s = sense(a)
        guard let kind = s.type else { return nil }
        // `… туралы халықаралық пакт`: a type word spelt alike in both languages follows Kazakh
        // word order after a Kazakh word.
        let kazakh = s.kazakh || (a > bounds.lowerBound && pieces[a - 1].kind == .word && isKazakh(a - 1))
        var p = ActPhrase(kind: kind, anchor: a, first: a, last: a, nameFirst: a, nameLast: a, kazakh: kazakh)
        backward(&p, lower: bounds.lowerBound)
        forward(&p, upper: bounds.upperBound)
        return p
    }

    // MARK: Before the type word

    private func backward(_ p: inout ActPhrase, lower floor: Int) {
        var k = p.anchor - 1
        var adjacent = true   // only modifiers so far
        var nameRun = true    // only words so far: they are part of the act's name
        var hyphen = false    // the piece after this one is a hyphen joining it to a word
        while k >= floor {
            let piece = pieces[k]
            let joined = hyphen
            hyphen = false
            switch piece.kind {
            case .word:
                let s = sense(k)
                if adjacent, let m = s.modifier {
                    p.modifiers.append(m)
                    p.nameFirst = k
                } else if adjacent, p.kazakh, p.kind == .code, !isCapitalized(k),
                          endsWith(k, Self.kazakhAdjective) || joined || (k > floor && gluedHyphen(k - 1)) {
                    p.nameFirst = k   // `рәсімдік-процестік кодексі`, `Қылмыстық-атқару кодексі`
                } else if p.kazakh, hash(k) == Self.turaly, p.describe == nil, p.title == nil {
                    p.describe = describeBefore(k, lower: floor)
                    if let d = p.describe {
                        k = pieces.firstIndex { $0.range.lowerBound >= d.lowerBound } ?? k
                        if nameRun { p.nameFirst = k }
                    }
                    adjacent = false
                } else if p.kazakh, s.issuerCue || s.jurisdiction != nil || s.soviet
                            || (isCapitalized(k) && (mode == .citation || !startsSentence(k))) {
                    // In running text a capital at the start of a sentence (`Алайда`, `Осы`)
                    // says nothing; a state or an issuer's name belongs to the phrase anywhere.
                    p.senses.insert(s, at: 0)
                    adjacent = false
                    if nameRun { p.nameFirst = k }
                } else if joined {
                    if nameRun { p.nameFirst = k }   // `процедурно-` of `процедурно-процессуальный`
                } else {
                    return
                }
            case .mark where piece.mark == "-" && !piece.spaceBefore && k > floor && pieces[k - 1].kind == .word
                && (adjacent || p.kazakh):
                hyphen = true   // a hyphenated word: `Уголовно-процессуальный`, `Премьер-Министрінің`
            case .mark where piece.mark == "." && adjacent && k > floor && pieces[k - 1].kind == .word
                && sense(k - 1).modifier != nil:
                break   // an abbreviated modifier: `федер. закон`
            case .quote where p.kazakh && p.title == nil && piece.closed:
                p.title = k
                adjacent = false
                nameRun = false
            case .actNumber where p.kazakh && p.number == nil:
                p.number = k
                adjacent = false
                nameRun = false
            case .date where p.date == nil && (p.kazakh || adjacent):
                p.date = k
                adjacent = false
                nameRun = false
            default:
                return
            }
            p.first = k
            k -= 1
        }
    }

    // MARK: After the type word

    private func forward(_ p: inout ActPhrase, upper: Int) {
        var k = p.anchor + 1
        var inChain = true
        var lowercaseRun = 0
        var sawIssuerCue = false
        while k < upper {
            let piece = pieces[k]
            var consumed = true
            switch piece.kind {
            case .word:
                let (w, s) = classifier.hashAndSense(view, piece)
                if w == Self.ot, k + 1 < upper, pieces[k + 1].kind == .date, p.date == nil {
                    p.date = k + 1
                    k += 1
                    inChain = false
                } else if s.modifier == .draft, k == p.anchor + 1 {
                    p.modifiers.append(.draft)
                } else if p.kind == .code, k == p.anchor + 1, s.type == .law, s.plural {
                    p.nameLast = k   // `Кодекс законов о труде`
                } else if p.kind == .code, k == p.anchor + 1, let end = codeNameGenitive(k, upper: upper) {
                    p.nameLast = end   // `Кодекс административного судопроизводства`
                    k = end
                } else if p.kind == .address, inChain, Self.addressees.contains(view.scalars, piece.range) {
                    break              // `Послание … народу Казахстана`
                } else if inChain, !p.kazakh, chainWord(s, w, k, sawIssuerCue: sawIssuerCue, lowercaseRun: &lowercaseRun) {
                    p.senses.append(s)
                    if s.issuerCue { sawIssuerCue = true }
                    if p.title == nil, p.date == nil, p.number == nil { p.nameLast = k }
                } else if (w == Self.o || w == Self.ob), p.title == nil, p.describe == nil, !p.kazakh,
                          let d = describeAfter(k, upper: upper) {
                    p.describe = d.range
                    k = d.last
                    inChain = false
                } else {
                    consumed = false
                }
            case .mark where piece.mark == "-" && inChain && k + 1 < upper && pieces[k + 1].kind == .word && !piece.spaceBefore:
                break
            // A Kazakh act's date comes before its type word; in running text a date after it
            // belongs to the rest of the sentence (`Бюджет кодексінің 2017 жылғы 1 қаңтардан`).
            case .date where p.date == nil && (!p.kazakh || (piece.yearOnly == false && mode == .citation))
                && (mode == .citation || piece.yearOnly || k == p.anchor + 1):
                p.date = k
                inChain = false
            case .actNumber where p.number == nil:
                p.number = k
                inChain = false
            case .quote where p.title == nil && p.describe == nil && (piece.closed || mode == .citation) && !p.kazakh:
                p.title = k
                inChain = false
            case .group where p.kind == .constitution && k == p.anchor + 1 && isNameNote(piece):
                p.nameLast = k     // `Конституция (Основной Закон) Союза …`
            case .group where p.kind == .code && p.codePart == nil && (piece.inner?.count ?? 0) < 40
                && groupStarts(piece, with: .codePart):
                p.codePart = k
                p.nameLast = k
            case .group where mode == .citation && groupStarts(piece, with: .editionNote):
                break
            default:
                consumed = false
            }
            if !consumed { break }
            p.last = k
            k += 1
        }
    }

    /// Whether word `k` continues the issuer and state phrase after the type word.
    private func chainWord(_ s: WordSense, _ w: UInt64, _ k: Int, sawIssuerCue: Bool, lowercaseRun: inout Int) -> Bool {
        if w == Self.ot || w == Self.o || w == Self.ob { return false }
        if s.issuerCue || s.jurisdiction != nil || s.soviet || (isCapitalized(k) && s.type == nil) {
            lowercaseRun = 0
            return true
        }
        guard mode == .citation, sawIssuerCue, lowercaseRun < 3,
              !Self.describeStops.contains(view.scalars, pieces[k].range) || w == Self.po || w == Self.and else { return false }
        lowercaseRun += 1
        return true
    }
}
