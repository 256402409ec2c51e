/// Finds action words in the items of one sentence, with what each needs nearby (`отменять` needs
/// a word for acts, `прекратить` a word for powers) and whether it is denied.
struct ActionScanner {
    let items: [PowerWord]
    let isKazakh: Bool

    static let actsNouns = WordPattern("акт* решени* указ* постановлени* распоряжени* актілер* шешім* қаулы* жарлы* acts decisions decrees").words
    private static let officeAfter = WordPattern("должност* лауазым* қызмет* office").words
    private static let officePrepositions: LetterSet = ["на", "от", "с", "в"]

    /// Action words whose needs are met, left to right; `taken` marks items inside names.
    func actions(taken: [Bool]) -> [ActionMention] {
        var out = [ActionMention]()
        var i = 0
        while i < items.count {
            guard items[i].isWord, !taken[i], let m = ActionTable.index.longestMatch(items, at: i) else { i += 1; continue }
            let info = m.entry.value
            var form = WordForm.form(items[i].lower, kazakh: isKazakh)
            if info.reflexiveActive, form == .passive { form = .verb }
            var mention = ActionMention(info: info, first: i, last: m.last, form: form,
                                        negated: isNegated(i), action: info.action)
            switch info.need {
            case .none, .document:
                break
            case .near(let words, let window):
                guard let c = find(words, around: i, last: m.last, before: window, after: window) else { i += 1; continue }
                mention.companion = c
            case .acts:
                // `Акты Правительства, противоречащие ..., могут быть отменены`: a passive's acts
                // may open the sentence.
                let passive = mention.form == .passive
                guard let c = find(Self.actsNouns, around: i, last: m.last, before: passive ? 16 : 8, after: 10, farthestBefore: passive)
                else { i += 1; continue }
                mention.companion = c
            case .officeOrPerson:
                mention.companion = find(Self.officeAfter, around: i, last: m.last, before: 2, after: 6)
            case .unconstitutional:
                guard let c = unconstitutional(around: i, last: m.last) else { i += 1; continue }
                // Whose acts: the owner follows the word for the acts, if one is near.
                mention.companion = find(Self.actsNouns, around: i, last: m.last, before: 3, after: 6) ?? c
            }
            for r in ActionTable.retargets where r.action == mention.action {
                // Kazakh and passive clauses put the elections first (`сайлау тағайындайды`,
                // `выборы назначаются`).
                let before = isKazakh || mention.form == .passive ? r.window : 0
                if find(r.words, around: i, last: m.last, before: before, after: r.window) != nil { mention.action = r.to }
            }
            // `назначает на должность`, `освобождение от должности`: the office words belong to the action.
            let k = mention.last + 2
            if k < items.count, Self.officePrepositions.contains(items[k - 1].lower), Self.officeAfter.contains(where: { $0.matches(items[k]) }) {
                mention.last = k
            }
            out.append(mention)
            i = mention.last + 1
        }
        return out
    }

    static let unconstitutionalWords = WordPattern("неконституцион* несоответств* unconstitutional").words
    static let conformingWords = WordPattern("соответств* соответствующ* consistent compatible").words

    /// `неконституционными`, or `не соответствующими` (`не` before a word for conformity), within
    /// six words after the action or three before.
    private func unconstitutional(around i: Int, last: Int) -> Int? {
        if let c = find(Self.unconstitutionalWords, around: i, last: last, before: 3, after: 6) { return c }
        guard let c = find(Self.conformingWords, around: i, last: last, before: 3, after: 6),
              c > 0, items[c - 1].lower == CueTable.Word.not || items[c - 1].lower == CueTable.Word.notEn else { return nil }
        return c
    }

    /// `не` right before the action, or before a modal word before it (`не может назначать`).
    private func isNegated(_ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, CueTable.modals.contains(items[k].lower) { k -= 1 }
        // `больше не назначает`: the power is gone (a status), not denied.
        if k >= 1, CueTable.Word.more.contains(items[k - 1].lower) { return false }
        if k >= 0 && items[k].lower == CueTable.Word.not { return true }
        // Kazakh: `жоюға құқылы емес`.
        if isKazakh, let m = ((i + 1)..<min(items.count, i + 4)).first(where: { items[$0].lower == CueTable.Word.modalKk }),
           m + 1 < items.count, items[m + 1].lower == CueTable.Word.notKk { return true }
        // `не обладает правом роспуска`, `не имеет права назначать`, `may not dismiss`,
        // `cannot appoint`: a denied modal or possession a few words before.
        var n = i - 1
        while n >= 0, n >= i - 5, items[n].isWord {
            let w = items[n].lower
            if w == CueTable.Word.cannot { return true }
            if (w == CueTable.Word.not || w == CueTable.Word.notEn), n + 1 < items.count, n + 1 == i
                || CueTable.modals.contains(items[n + 1].lower) || CueTable.possession.matches(items[n + 1]) {
                return !(n >= 1 && CueTable.Word.more.contains(items[n - 1].lower))
            }
            n -= 1
        }
        return false
    }

    /// The nearest word matching `words` within the window, in the clause of item `i` — or, with
    /// `farthestBefore`, the farthest before it (a passive's subject opens the sentence).
    private func find(_ words: [WordPattern.Word], around i: Int, last: Int, before: Int, after: Int,
                      farthestBefore: Bool = false) -> Int? {
        let clause = items[i].clause
        var seen = 0
        if farthestBefore {
            var k = i - 1, found: Int? = nil
            while k >= 0, seen < before, items[k].clause == clause {
                if items[k].isWord {
                    if words.contains(where: { $0.matches(items[k]) }) { found = k }
                    seen += 1
                }
                k -= 1
            }
            if let f = found { return f }
            seen = 0
        }
        var k = last + 1
        while k < items.count, seen < after, items[k].clause == clause {
            if items[k].isWord {
                if words.contains(where: { $0.matches(items[k]) }) { return k }
                seen += 1
            }
            k += 1
        }
        seen = 0
        k = i - 1
        while k >= 0, seen < before, items[k].clause == clause {
            if items[k].isWord {
                if words.contains(where: { $0.matches(items[k]) }) { return k }
                seen += 1
            }
            k -= 1
        }
        return nil
    }
}
