import LexCyrCore

/// Parses the citations of one footnote (GOST R 7.0.5 and its variants, Kazakh word order,
/// citations inside commentary) into ``ParsedAct``s with every field.
///
/// A region's head (before ` //` or the official source) holds the act; its tail holds the source,
/// the URL and the access date. Fields the phrase around the type word does not give are looked
/// up in the whole head: the first date outside quotes and edition notes, the first number, the
/// first quoted title, or the title written before ` : ` (GOST R 7.0.100).
struct CitationParser {
    let view: TokenView
    let classifier: WordClassifier
    private static let url = WordSet.hash("url")
    /// First four letters of the words that introduce an access date (a cheap filter before
    /// the word is classified).
    private static let accessKeys = KeyIndex(set: ActLexicon.accessWords.compactMap { Fold.key($0, length: 4) })

    /// The act citations of footnote unit `unit`.
    func citations(_ unit: TextUnit) -> [ParsedAct] {
        let pieces = PieceScanner(view: view).scan(0..<unit.scalars.count)
        let splitter = CitationSplitter(view: view, classifier: classifier)
        return splitter.regions(pieces).compactMap { parse($0, footnote: unit.footnote) }
    }

    private func parse(_ r: CitationSplitter.Region, footnote: Int?) -> ParsedAct? {
        let pieces = r.pieces
        let lo = leadInEnd(pieces, r.range)
        guard lo <= r.anchor else { return nil }
        let phraseParser = ActPhraseParser(view: view, pieces: pieces, classifier: classifier, mode: .citation)
        guard let phrase = phraseParser.parse(anchor: r.anchor, bounds: lo..<r.range.upperBound) else { return nil }
        let reader = ActFieldReader(view: view, pieces: pieces, classifier: classifier)
        let cut = sourceCut(pieces, after: phrase, upper: r.range.upperBound)
        let head = lo..<cut
        if BibliographyGuard(view: view, pieces: pieces, classifier: classifier).isPublication(head, anchor: r.anchor) { return nil }

        let titleFirst = titleBeforeColon(pieces, phrase: phrase, lower: lo)
        let fieldsFrom = titleFirst == nil ? lo : phrase.first
        var date = reader.value(phrase.date ?? head.first { pieces[$0].kind == .date && $0 >= fieldsFrom })
        let number = reader.value(phrase.number ?? head.first { pieces[$0].kind == .actNumber && $0 >= fieldsFrom })
        let titlePiece = phrase.title ?? head.first { pieces[$0].kind == .quote && $0 >= fieldsFrom }
        var title = reader.title(titlePiece) ?? titleFirst ?? unopenedTitle(pieces, phrase, upper: cut)
        if date == nil { date = adoptionDate(pieces, head) }

        let headSenses = reader.senses(fieldsFrom..<cut)
        let issuer = IssuerResolver.resolve(phrase.senses) ?? IssuerResolver.resolve(headSenses)
        guard let kind = reader.refinedKind(phrase, issuer: issuer, number: number) else { return nil }
        if kind == .treaty {
            if title == nil { title = treatyName(pieces, phrase, upper: cut) }
            // `(Орхус, 25 июня 1998 года)`: a treaty is dated where it was signed.
            if date == nil { date = head.lazy.compactMap { self.signingDate(pieces[$0]) }.first }
        }
        // An act cited by name; the type word alone (`… № 95-IV Кодекс`) names nothing.
        if title == nil, kind == .code || kind == .constitution || kind == .treaty,
           phrase.nameFirst < phrase.anchor || phrase.nameLast > phrase.anchor || phrase.describe != nil {
            title = reader.name(phrase)
        }
        // An address may be cited by its name alone, but not in a case form: `Жолдауына шолу`
        // ("a review of the Address") is about the act, not a citation of it.
        let oblique = classifier.sense(view, pieces[r.anchor]).roles.contains(.oblique)
        guard date != nil || number != nil || title != nil || (kind == .address && !oblique) else { return nil }

        let span = pieces[lo].range.lowerBound..<spanEnd(pieces, r.range)
        let url = firstURL(span)
        var act = ParsedAct(kind: kind, footnote: footnote, span: span, text: Fold.string(view.scalars, span), isCitation: true)
        act.international = kind == .treaty || headSenses.contains { $0.roles.contains(.international) }
        let tail = cut < r.range.upperBound ? pieces[cut].range.lowerBound..<span.upperBound : span.upperBound..<span.upperBound
        act.jurisdiction = phrase.jurisdiction ?? headSenses.lazy.compactMap(\.jurisdiction).first
            ?? (act.international ? nil : published(number: number, url: url, tail: tail) ?? phrase.impliedState)
        act.soviet = phrase.soviet || headSenses.contains(where: \.soviet)
        act.issuer = issuer ?? ActFieldReader.defaultIssuer(kind)
        act.date = date
        act.number = number
        act.title = title
        act.url = url
        act.urlCode = url.flatMap(ActURLDecoder.decode)
        // The access date follows the URL or the source.
        act.accessed = accessDate(cut < r.range.upperBound ? tail : span)
        if let t = titlePiece, let inner = pieces[t].inner {
            act.nested = NestedActFinder(view: view, classifier: classifier).find(in: inner, parent: act)
        }
        return act
    }

    /// The state an act's number suffix, portal or official source gives away (`152-ФЗ`,
    /// `adilet.zan.kz`, `СЗ РФ`, `ИПС «Әділет»`).
    private func published(number: String?, url: String?, tail: Range<Int>) -> String? {
        ActFieldReader.jurisdiction(ofNumber: number) ?? url.flatMap(ActURLDecoder.jurisdiction(of:))
            ?? tailWords(tail).lazy.compactMap(\.jurisdiction).first
    }

    /// The first piece after lead-ins (`См.:`, `См. также:`, `Қараңыз:`) and separators.
    private func leadInEnd(_ pieces: [Piece], _ range: Range<Int>) -> Int {
        var k = range.lowerBound
        while k < range.upperBound {
            let p = pieces[k]
            if p.kind == .mark, let m = p.mark, ".:,–—-".unicodeScalars.contains(m) { k += 1; continue }
            if p.kind == .word, ActLexicon.leadIns.contains(view.scalars, p.range) { k += 1; continue }
            break
        }
        return k
    }

    /// Where the official source begins: `//`, or a source name or URL after the act's fields.
    private func sourceCut(_ pieces: [Piece], after phrase: ActPhrase, upper: Int) -> Int {
        let from = max(phrase.last, phrase.title ?? 0, phrase.number ?? 0) + 1
        for k in phrase.anchor..<upper where pieces[k].kind == .slashes { return k }
        guard from < upper else { return upper }
        for k in from..<upper {
            let p = pieces[k]
            if p.kind == .url { return k }
            guard p.kind == .word, Fold.isUpper(view.scalars[p.range.lowerBound]) || WordSet.hash(view.scalars, p.range) == Self.url else { continue }
            let sense = classifier.sense(view, p)
            guard sense.roles.contains(.sourceStart) else { continue }
            // `Российская газета` starts a source; `Российской Федерации` names a state.
            if sense.jurisdiction != nil, k + 1 < upper, pieces[k + 1].kind == .word,
               Fold.isUpper(view.scalars[pieces[k + 1].range.lowerBound]) { continue }
            return k
        }
        return upper
    }

    /// A treaty cited by its name: the words from the type word up to the first bracket, date,
    /// number or punctuation (`Конвенция ООН против коррупции (принята …)`). Commas belong to
    /// the name when it runs on to a bracket, `//` or its end (`Конвенция о доступе к
    /// информации, участии общественности … (Орхус, …)`), not when a date or number follows
    /// (`…, принятая … 31 октября 2003 года`).
    private func treatyName(_ pieces: [Piece], _ phrase: ActPhrase, upper: Int) -> String? {
        var last = phrase.anchor, beforeComma: Int? = nil
        var k = phrase.anchor + 1
        while k < upper {
            let p = pieces[k]
            if p.kind == .word {
                last = k
            } else if p.kind == .mark, p.mark == ",", k + 1 < upper, pieces[k + 1].kind == .word {
                if beforeComma == nil { beforeComma = last }
            } else if !(p.kind == .mark && p.mark == "-" && !p.spaceBefore) {
                break
            }
            k += 1
        }
        let runsOn = k == upper || pieces[k].kind == .group || pieces[k].kind == .slashes
            || (pieces[k].kind == .mark && pieces[k].mark == ".")
        if !runsOn, let b = beforeComma { last = b }
        guard last > phrase.anchor else { return nil }
        return Fold.collapsed(view.scalars, pieces[phrase.nameFirst].range.lowerBound..<pieces[last].range.upperBound)
    }

    /// The full date in a bracketed note that is not about the edition cited
    /// (`(Орхус, 25 июня 1998 года)`, `(Нью-Йорк, 16.12.1966)`).
    private func signingDate(_ group: Piece) -> String? {
        guard group.kind == .group, let inner = group.inner else { return nil }
        guard !ActPhraseParser.groupStarts(group, with: .editionNote, view: view, classifier: classifier) else { return nil }
        return PieceScanner(view: view).scan(inner).first { $0.kind == .date && !$0.yearOnly }?.value(view.scalars)
    }

    private static let titleOpenings = WordSet(["о", "об", "по"])

    /// A title whose quotes are missing: the words after the number up to a closing quote
    /// (`№ 440-ФЗ О внесении изменений … Российской Федерации» // …`), or, when they begin as
    /// titles do (`О`, `Об`, `По`), up to the source (`upper`) or a note in brackets
    /// (`№ 152-ФЗ О персональных данных // …`).
    private func unopenedTitle(_ pieces: [Piece], _ phrase: ActPhrase, upper: Int) -> String? {
        let from = max(phrase.anchor, phrase.number ?? 0, phrase.date ?? 0) + 1
        guard !phrase.kazakh, from < upper, pieces[from].kind == .word, Fold.isUpper(view.scalars[pieces[from].range.lowerBound]) else { return nil }
        let opening = Self.titleOpenings.contains(view.scalars, pieces[from].range)
        func text(to k: Int) -> String? {
            var e = k - 1
            while e > from, pieces[e].kind == .mark, let m = pieces[e].mark, ".,;:".unicodeScalars.contains(m) { e -= 1 }
            let t = Fold.collapsed(view.scalars, pieces[from].range.lowerBound..<pieces[e].range.upperBound)
            return t.isEmpty ? nil : t
        }
        for k in (from + 1)..<upper {
            let p = pieces[k]
            if p.kind == .mark, let m = p.mark, m == "»" || m == "”" || m == "\"" { return text(to: k) }
            if p.kind == .slashes || p.kind == .url || p.kind == .group { return opening ? text(to: k) : nil }
            if p.kind == .quote || p.kind == .date || p.kind == .actNumber { return nil }
        }
        return opening ? text(to: upper) : nil   // `upper` is where the source begins
    }

    /// GOST R 7.0.100 puts the title first: `О персональных данных : Федеральный закон …`,
    /// possibly after a heading (`Российская Федерация. Законы.`).
    private func titleBeforeColon(_ pieces: [Piece], phrase: ActPhrase, lower floor: Int) -> String? {
        let before = phrase.first - 1
        let lower = afterHeading(pieces, from: floor, to: before)
        guard before > lower, pieces[before].kind == .mark, pieces[before].mark == ":",
              pieces[lower..<before].contains(where: { $0.kind == .word }),
              !pieces[lower..<before].contains(where: { $0.kind == .quote }) else { return nil }
        let t = Fold.collapsed(view.scalars, pieces[lower].range.lowerBound..<pieces[before - 1].range.upperBound)
        return t.isEmpty ? nil : t
    }

    /// The first piece after a GOST R 7.0.100 heading: sentences of at most four capitalised
    /// words that name a state, an issuer or a kind of act (`Российская Федерация. Президент.`,
    /// `Российская Федерация. Законы.`).
    private func afterHeading(_ pieces: [Piece], from lower: Int, to upper: Int) -> Int {
        var k = lower
        while k < upper {
            var j = k
            var named = false
            while j < upper, j - k < 4, pieces[j].kind == .word, Fold.isUpper(view.scalars[pieces[j].range.lowerBound]) {
                let s = classifier.sense(view, pieces[j])
                if s.jurisdiction != nil || s.issuerCue || s.type != nil || s.roles.contains(.republic) { named = true }
                j += 1
            }
            guard named, j > k, j < upper, pieces[j].kind == .mark, pieces[j].mark == "." else { return k }
            k = j + 1
        }
        return k
    }

    /// The date of an adoption note (`(принята всенародным голосованием 12.12.1993)`,
    /// `(1995 жылғы 30 тамызда республикалық референдумда қабылданған)`).
    private func adoptionDate(_ pieces: [Piece], _ head: Range<Int>) -> String? {
        for k in head where pieces[k].kind == .group {
            guard let inner = pieces[k].inner else { continue }
            let parts = PieceScanner(view: view).scan(inner)
            let adopted = parts.prefix(12).contains {
                $0.kind == .word && classifier.sense(view, $0).roles.contains(.adoptionNote)
            }
            if adopted, let d = parts.first(where: { $0.kind == .date }) { return d.value(view.scalars) }
        }
        return nil
    }

    /// The end of a citation's text: the region without trailing separators and full stop.
    private func spanEnd(_ pieces: [Piece], _ range: Range<Int>) -> Int {
        var k = range.upperBound - 1
        while k > range.lowerBound, pieces[k].kind == .mark, let m = pieces[k].mark, ".,;:".unicodeScalars.contains(m) { k -= 1 }
        return pieces[k].range.upperBound
    }

    /// The first URL within `span`, including inside brackets.
    private func firstURL(_ span: Range<Int>) -> String? {
        var i = view.firstToken(atOrAfter: span.lowerBound)
        while i < view.tokens.count, view.tokens[i].start < span.upperBound {
            if URLReader.mayStart(view.scalars[view.tokens[i].start]), let u = URLReader.read(view, at: i) { return u.value }
            i += 1
        }
        return nil
    }

    /// The date after `дата обращения`, `қаралған күні`, `accessed` within `span`.
    private func accessDate(_ span: Range<Int>) -> String? {
        var i = view.firstToken(atOrAfter: span.lowerBound)
        while i < view.tokens.count, view.tokens[i].start < span.upperBound {
            let t = view.tokens[i]
            if t.kind == .word, let key = Fold.key(view.scalars, t.start..<t.end, length: 4), Self.accessKeys.contains(key),
               classifier.sense(view, token: i).roles.contains(.accessWord) {
                var j = i + 1
                while j < view.tokens.count, j < i + 10, view.tokens[j].start < span.upperBound {
                    if let d = DateReader.read(view, at: j), !d.yearOnly, !d.impossible { return d.iso }
                    j += 1
                }
            }
            i += 1
        }
        return nil
    }

    /// Senses of all words in `range`, inside quotes too (`ИПС «Әділет»`).
    private func tailWords(_ range: Range<Int>) -> [WordSense] {
        var out = [WordSense]()
        var i = view.firstToken(atOrAfter: range.lowerBound)
        while i < view.tokens.count, view.tokens[i].start < range.upperBound {
            let t = view.tokens[i]
            if t.kind == .word { out.append(classifier.sense(view, token: i)) }
            i += 1
        }
        return out
    }
}
