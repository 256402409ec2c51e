/// Finds names, action words and condition phrases in the items of one sentence.
struct MentionScanner {
    let items: [PowerWord]
    let isKazakh: Bool

    private static let actsNouns = WordPattern("акт* решени* указ* постановлени* распоряжени* актілер* шешім* қаулы* жарлы* acts decisions decrees").words
    private static let officeAfter = WordPattern("должност* лауазым* қызмет* office").words
    private static let adjectiveEndings: [Letters] = ["ого", "его", "ому", "ему", "ым", "им", "ой", "ей", "ую", "юю", "ых", "их", "ыми", "ими", "ая", "яя", "ое", "ее", "ый", "ий"]
    private static let articles: Set<Letters> = ["the", "a", "an"]
    /// Pronouns with adjective endings that end a noun phrase (`После этого Президент`).
    private static let pronouns: Set<Letters> = [
        "этого", "того", "всего", "его", "него", "чего", "ничего", "сего", "этой", "той", "всей",
        "этим", "тем", "всем", "этому", "тому", "всему", "этом", "том", "всём", "всем",
    ]
    /// English words that may stand between a preposition and a name (`by regional akims`).
    private static let englishModifiers: Set<Letters> = [
        "regional", "district", "city", "rural", "local", "federal", "national", "central", "relevant",
        "respective", "competent", "its", "their", "his", "her", "all", "any", "each", "new",
    ]
    private static let officePrepositions: Set<Letters> = ["на", "от", "с", "в"]

    /// Names, longest match first, left to right; they never overlap.
    func entities() -> [EntityMention] {
        var out = [EntityMention]()
        var i = 0
        while i < items.count {
            guard items[i].isWord, let m = EntityTable.index.longestMatch(items, at: i) else { i += 1; continue }
            let head = items[m.head]
            let ending = m.entry.pattern.ending(of: head)
            let cases: CaseSet
            if head.lower.isLatin { cases = [.nominative, .accusative] }
            else if isKazakh { cases = GrammaticalCase.kazakh(ending) }
            else { cases = GrammaticalCase.russian(ending, gender: m.entry.value.gender) }
            var mention = EntityMention(info: m.entry.value, first: i, last: m.last, head: m.head, cases: cases,
                                        preposition: preposition(before: i), negated: i > 0 && items[i - 1].lower == CueTable.Word.not)
            // `с акимами и маслихатами`: a name joined to one governed by a preposition shares it.
            if mention.preposition == nil, i >= 2, let prev = out.last, prev.last == i - 2,
               CueTable.conjunctions.contains(items[i - 1].lower) {
                mention.preposition = prev.preposition
            }
            withCandidacy(&mention)
            out.append(mention)
            i = m.last + 1
        }
        return officesByPronoun(deputiesAsBody(out).map(withOffice))
    }

    private static let candidacy: Letters = "кандидатур", candidacyKk: Letters = "кандидатура"

    /// `кандидатура Премьер-министра`, `Премьер-Министрдің кандидатурасын`: a candidacy stands
    /// for the person, in the case of the word for the candidacy.
    private func withCandidacy(_ m: inout EntityMention) {
        // Only the candidacy of someone: `кандидатура Премьер-министра` (genitive).
        guard m.info.isPerson, m.cases.contains(.genitive) else { return }
        if isKazakh {
            let k = m.last + 1
            guard k < items.count, items[k].lower.hasPrefix(Self.candidacyKk) else { return }
            (m.last, m.head) = (k, k)
            m.cases = GrammaticalCase.kazakh(items[k].lower.dropFirst(Self.candidacyKk.count))
            return
        }
        let k = m.first - 1
        guard k >= 0, items[k].isWord, items[k].lower.hasPrefix(Self.candidacy) else { return }
        (m.first, m.head) = (k, k)
        m.cases = GrammaticalCase.russian(items[k].ending, gender: .feminine)
        m.preposition = preposition(before: k)
    }

    /// `депутаты маслихата`, `мәслихат депутаттары`: the deputies of a body act as the body;
    /// the name takes the case of the word for the deputies.
    private func deputiesAsBody(_ mentions: [EntityMention]) -> [EntityMention] {
        var out = [EntityMention]()
        var n = 0
        while n < mentions.count {
            let a = mentions[n]
            if n + 1 < mentions.count, case let b = mentions[n + 1], b.first == a.last + 1 {
                if a.info.name == Self.deputies, !b.info.isPerson, b.info.canHold, b.cases.contains(.genitive) {
                    var m = b
                    (m.first, m.head, m.cases, m.preposition, m.negated) = (a.first, a.head, a.cases, a.preposition, a.negated)
                    out.append(m); n += 2; continue
                }
                if isKazakh, b.info.name == Self.deputies, !a.info.isPerson, a.info.canHold {
                    var m = a
                    (m.last, m.head, m.cases) = (b.last, b.head, b.cases)
                    out.append(m); n += 2; continue
                }
            }
            out.append(a)
            n += 1
        }
        return out
    }

    private static let deputies = "deputies"

    /// Words for an office inside a body, and the suffix they add to the body's name.
    private static let offices: [(word: Letters, suffix: String, canHold: Bool)] = [
        ("председател", "_chair", true), ("член", "_members", false), ("руководител", "_head", true),
        ("секретар", "_secretary", true), ("secretar", "_secretary", true),
        ("chairman", "_chair", true), ("chairperson", "_chair", true), ("chair", "_chair", true),
        ("head", "_head", true), ("members", "_members", false),
    ]
    private static let officesAfter: [(word: Letters, suffix: String, canHold: Bool)] = [
        ("төраға", "_chair", true), ("басшы", "_head", true), ("мүше", "_members", false),
    ]
    private static let possessives: Set<Letters> = ["ее", "её", "его", "их", "its", "their"]

    /// `Председатель Сената`, `Chairman of the Senate`, `Сенат Төрағасы`, `руководителя
    /// Администрации`: an office inside a body is an office of its own (`senate_chair`,
    /// `constitutional_court_members`, `presidential_administration_head`), in the case of the
    /// word for the office.
    private func withOffice(_ m: EntityMention) -> EntityMention {
        guard !m.info.isPerson else { return m }
        var found: (item: Int, office: (word: Letters, suffix: String, canHold: Bool))? = nil
        var k = m.first - 1
        if k >= 1, items[k].lower == CueTable.Word.the { k -= 1 }
        var latin = false
        if k >= 1, items[k].lower == CueTable.Word.of { k -= 1; latin = true }
        // `Председатели областных исполнительных комитетов`: adjectives between office and body.
        var adjectives = 0
        while !latin, adjectives < 2, k >= 1, items[k].isWord, !items[k].lower.isLatin, Self.isAdjective(items[k].lower),
              !Self.offices.contains(where: { items[k].lower.hasPrefix($0.word) }) {
            k -= 1
            adjectives += 1
        }
        if k >= 0, let o = Self.offices.first(where: { items[k].lower.hasPrefix($0.word) }),
           o.word.isLatin == latin {
            found = (k, o)
        }
        if found == nil, m.last + 1 < items.count, let o = Self.officesAfter.first(where: { items[m.last + 1].lower.hasPrefix($0.word) }) {
            found = (m.last + 1, o)
        }
        guard let (item, office) = found else { return m }
        var c = m
        c.info = EntityInfo(name: Self.officeName(m.info.name, office.suffix), gender: .masculine, canHold: office.canHold, isPerson: true)
        c.first = min(m.first, item)
        c.last = max(m.last, item)
        c.head = item
        let w = items[item]
        if w.lower.isLatin { c.cases = [.nominative, .accusative] }
        else if isKazakh { c.cases = GrammaticalCase.kazakh(w.lower.dropFirst(office.word.count)) }
        else { c.cases = GrammaticalCase.russian(w.ending, gender: .masculine) }
        if item < m.first { c.preposition = preposition(before: item) }
        return c
    }

    /// `... Администрацию Президента и назначает ее руководителя`: an office word after a
    /// possessive pronoun is that office of the body named last.
    private func officesByPronoun(_ mentions: [EntityMention]) -> [EntityMention] {
        var out = mentions
        for k in items.indices.dropFirst() where Self.possessives.contains(items[k - 1].lower) {
            guard !mentions.contains(where: { $0.first <= k && k <= $0.last }),
                  let o = Self.offices.first(where: { items[k].lower.hasPrefix($0.word) }),
                  let body = mentions.last(where: { $0.last < k - 1 && !$0.info.isPerson }) else { continue }
            let info = EntityInfo(name: Self.officeName(body.info.name, o.suffix), gender: .masculine, canHold: o.canHold, isPerson: true)
            out.append(EntityMention(info: info, first: k - 1, last: k, head: k,
                                     cases: GrammaticalCase.russian(items[k].ending, gender: .masculine),
                                     preposition: preposition(before: k - 1), negated: false))
        }
        return out.sorted { $0.first < $1.first }
    }

    /// The name of an office inside a body: `senate_chair`, or the office's own name
    /// (`government_chair` is `prime_minister`, see ``EntityTable/canonicalOffices``).
    private static func officeName(_ body: String, _ suffix: String) -> String {
        let name = body + suffix
        return EntityTable.canonicalOffices[name] ?? name
    }

    /// `true` for a Russian adjective form (`областных`, `местного`).
    static func isAdjective(_ w: Letters) -> Bool {
        w.count > 3 && adjectiveEndings.contains { w.hasSuffix($0) }
    }

    /// The preposition before item `i`, skipping up to two adjectives or articles.
    private func preposition(before i: Int) -> Letters? {
        var k = i - 1
        var skipped = 0
        while k >= 0, items[k].isWord {
            let w = items[k].lower
            if CueTable.prepositions.contains(w) { return w }
            guard skipped < 2, !Self.pronouns.contains(w), Self.articles.contains(w) || Self.englishModifiers.contains(w)
                || (!w.isLatin && Self.adjectiveEndings.contains(where: { w.hasSuffix($0) })) else { return nil }
            skipped += 1
            k -= 1
        }
        return nil
    }

    /// Action words whose needs are met, left to right; `taken` marks items inside names.
    func actions(taken: [Bool]) -> [ActionMention] {
        var out = [ActionMention]()
        var i = 0
        while i < items.count {
            guard items[i].isWord, !taken[i], let m = ActionTable.index.longestMatch(items, at: i) else { i += 1; continue }
            let info = m.entry.value
            var mention = ActionMention(info: info, first: i, last: m.last, form: WordForm.form(items[i].lower, kazakh: isKazakh),
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

    private static let unconstitutionalWords = WordPattern("неконституцион* несоответств* unconstitutional").words
    private static let conformingWords = WordPattern("соответств* соответствующ* consistent compatible").words

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
        // `не обладает правом роспуска`, `не имеет права назначать`, `may not dismiss`,
        // `cannot appoint`: a denied modal or possession a few words before.
        var n = i - 1
        while n >= 0, n >= i - 5, items[n].isWord {
            let w = items[n].lower
            if w == CueTable.Word.cannot { return true }
            if (w == CueTable.Word.not || w == CueTable.Word.notEn), n + 1 < items.count, n + 1 == i
                || CueTable.modals.contains(items[n + 1].lower) || CueTable.possession.contains(where: { items[n + 1].lower.hasPrefix($0) }) {
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

    /// Condition phrases. A phrase that names a body ends with that body and the names joined
    /// to it (`по представлению Президента`); others run to the next punctuation mark, verb of
    /// action, subject, or conjunction before a new predicate. A postpositional cue (Kazakh)
    /// runs back over the genitive or instrumental names before it.
    func conditions(entities: [EntityMention], actions: [ActionMention]) -> [ConditionMention] {
        var entityAt = [Int: Int]()
        for (n, e) in entities.enumerated() { for k in e.first...e.last { entityAt[k] = n } }
        var verbAt = Set<Int>()
        for a in actions where a.isVerbal { verbAt.insert(a.first) }
        let actionAt = Set(actions.map(\.first))
        var out = [ConditionMention]()
        var i = 0
        while i < items.count {
            guard items[i].isWord, !actions.contains(where: { $0.first <= i && i <= $0.last }),
                  let m = CueTable.conditions.longestMatch(items, at: i) else { i += 1; continue }
            var c = ConditionMention(cue: m.entry.value, first: i, last: m.last)
            if c.cue.postpositional {
                var k = i - 1
                while k >= 0, let n = entityAt[k], !entities[n].cases.intersection([.genitive, .instrumental]).isEmpty {
                    if c.cue.consent, entities[n].info.canHold { c.consentBy = entities[n] }
                    c.first = entities[n].first
                    k = entities[n].first - 1
                    if k >= 1, CueTable.conjunctions.contains(items[k].lower), entityAt[k - 1] != nil { k -= 1 }
                }
            } else if !c.cue.fixed {
                extend(&c, from: m.last + 1, entities, entityAt, verbAt, actionAt)
            }
            // `согласие маслихата не требуется`, `по своему усмотрению или в случае ...`: a phrase
            // right after another, or joined to it by a conjunction, makes one condition with it.
            if let prev = out.last, items[prev.first].clause == items[c.first].clause,
               prev.last + 1 == c.first || (prev.last + 2 == c.first && CueTable.conjunctions.contains(items[prev.last + 1].lower)) {
                c.first = prev.first
                c.cue.negated = c.cue.negated || prev.cue.negated
                c.cue.consent = c.cue.consent || prev.cue.consent
                c.consentBy = c.consentBy ?? prev.consentBy
                out.removeLast()
            }
            out.append(c)
            i = max(m.last, c.last) + 1
        }
        return out
    }

    private func extend(_ c: inout ConditionMention, from start: Int, _ entities: [EntityMention],
                        _ entityAt: [Int: Int], _ verbAt: Set<Int>, _ actionAt: Set<Int>) {
        let clause = items[c.first].clause, quote = items[c.first].quoteDepth
        var k = start
        var namedBody = false
        while k < items.count, items[k].clause == clause, items[k].quoteDepth == quote {
            if let p = items[k].punct, p != "-" { break }
            if verbAt.contains(k) || WordForm.isInfinitive(items[k].lower) || WordForm.isReflexiveVerb(items[k].lower) { break }
            // `требуется также при назначении ...`: a preposition before an action opens its own phrase.
            if CueTable.prepositions.contains(items[k].lower), k + 1 < items.count, actionAt.contains(k + 1) { break }
            if CueTable.conjunctions.contains(items[k].lower), k + 1 < items.count,
               verbAt.contains(k + 1) || CueTable.modals.contains(items[k + 1].lower) { break }
            if let n = entityAt[k] {
                let e = entities[n]
                if e.isSubject && e.info.canHold && e.preposition == nil { break }
                if c.cue.consent, c.consentBy == nil, e.info.canHold { c.consentBy = e }
                k = e.last
                namedBody = true
            } else if c.cue.namesBody && namedBody {
                // After the body: only a conjunction leading to another name continues.
                let joins = CueTable.conjunctions.contains(items[k].lower) && k + 1 < items.count && entityAt[k + 1] != nil
                if !joins { break }
            }
            c.last = k
            k += 1
        }
    }
}
