/// Tells a publication about an act (a book, a commentary, an article) from a citation of the
/// act itself: `Иванов И.И. Закон «О …»: проблемы // Журнал …`, `Комментарий к Конституции …`,
/// `… : Монография / Под ред. …`, `М.: Норма, 2011`.
struct BibliographyGuard {
    let view: TokenView
    let pieces: [Piece]
    let classifier: WordClassifier

    private static let places = WordSet(["м", "спб", "л", "алматы", "астана", "киев", "минск",
                                         "новосибирск", "екатеринбург", "казань", "ташкент", "бишкек"])

    /// `true` when the head `head` of a region describes a publication rather than an act.
    /// The text of an act printed as a booklet (`Конституция Российской Федерации : офиц.
    /// текст. – М. : Маркетинг, 2001`, `Конституция Российской Федерации. М.: Юрид. лит., 1993`)
    /// is the act, whatever its imprint: the official text, or a constitution or code whose name
    /// opens the citation and no kind of publication is named.
    func isPublication(_ head: Range<Int>, anchor: Int) -> Bool {
        if startsWithAuthor(head) { return true }
        let edition = head.contains { isOfficialText($0) } || namedActFirst(head, anchor: anchor)
        for k in head {
            let p = pieces[k]
            switch p.kind {
            case .word:
                if k < anchor, classifier.sense(view, p).roles.contains(.publication) { return true }
                if !edition, Self.places.contains(view.scalars, p.range), followedByColon(k) { return true }
            case .mark where p.mark == "/":
                return true
            default:
                break
            }
        }
        return false
    }

    private static let official = WordSet(["офиц", "официальный"]), text = WordSet.hash("текст")

    /// `true` when piece `k` begins `офиц. текст` or `официальный текст`.
    private func isOfficialText(_ k: Int) -> Bool {
        guard pieces[k].kind == .word, Self.official.contains(view.scalars, pieces[k].range) else { return false }
        var j = k + 1
        if j < pieces.count, pieces[j].kind == .mark, pieces[j].mark == "." { j += 1 }
        return j < pieces.count && pieces[j].kind == .word && WordSet.hash(view.scalars, pieces[j].range) == Self.text
    }

    /// `true` when a constitution or code opens the head (after its modifiers) and no word of
    /// the head names a kind of publication (`Гражданский кодекс …: комментарий` is a book).
    private func namedActFirst(_ head: Range<Int>, anchor: Int) -> Bool {
        guard head.contains(anchor), let type = classifier.sense(view, pieces[anchor]).type,
              type == .constitution || type == .code else { return false }
        for k in head where pieces[k].kind == .word {
            let s = classifier.sense(view, pieces[k])
            if k < anchor, s.modifier == nil { return false }
            if s.roles.contains(.publication) { return false }
        }
        return true
    }

    /// `Фамилия И.О.` or `И.О. Фамилия` at the start.
    private func startsWithAuthor(_ head: Range<Int>) -> Bool {
        let k = head.lowerBound
        guard head.count >= 3 else { return false }
        if isInitial(k) { return isInitial(k + 2) || isSurname(k + 2) }
        return isSurname(k) && isInitial(k + 1)
    }

    /// `И.` or `И.О.` (ICU keeps `И.О` together as one word).
    private func isInitial(_ k: Int) -> Bool {
        guard k + 1 < pieces.count, pieces[k].kind == .word else { return false }
        let r = pieces[k].range
        for (n, i) in r.enumerated() {
            let c = view.scalars[i]
            if n % 2 == 0 ? !Fold.isUpper(c) : c != "." { return false }
        }
        return r.count % 2 == 1 && pieces[k + 1].kind == .mark && pieces[k + 1].mark == "."
    }

    private func isSurname(_ k: Int) -> Bool {
        guard k < pieces.count, pieces[k].kind == .word, pieces[k].range.count > 2,
              Fold.isUpper(view.scalars[pieces[k].range.lowerBound]) else { return false }
        let s = classifier.sense(view, pieces[k])
        return s.type == nil && s.modifier == nil && !s.issuerCue && s.jurisdiction == nil
    }

    /// `М.:` or `Алматы:` (the place of an imprint).
    private func followedByColon(_ k: Int) -> Bool {
        var j = k + 1
        if j < pieces.count, pieces[j].kind == .mark, pieces[j].mark == "." { j += 1 }
        return j < pieces.count && pieces[j].kind == .mark && pieces[j].mark == ":"
    }
}
