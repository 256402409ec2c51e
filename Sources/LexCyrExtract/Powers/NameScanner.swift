/// Finds the names of bodies, offices and documents in the items of one sentence, with their
/// case and governing preposition: offices inside bodies (`Председатель Сената`), the deputies of
/// a body (`депутаты маслихата`), candidacies (`кандидатура Премьер-министра`).
struct NameScanner {
    let items: [PowerWord]
    let isKazakh: Bool

    private static let adjectiveEndings: SuffixList<Bool> = ["ого", "его", "ому", "ему", "ым", "им", "ой", "ей", "ую", "юю", "ых", "их", "ыми", "ими", "ая", "яя", "ое", "ее", "ый", "ий"]
    private static let articles: LetterSet = ["the", "a", "an"]
    /// Pronouns with adjective endings that end a noun phrase (`После этого Президент`).
    private static let pronouns: LetterSet = [
        "этого", "того", "всего", "его", "него", "чего", "ничего", "сего", "этой", "той", "всей",
        "этим", "тем", "всем", "этому", "тому", "всему", "этом", "том", "всём", "всем",
    ]
    /// English words that may stand between a preposition and a name (`by regional akims`).
    private static let englishModifiers: LetterSet = [
        "regional", "district", "city", "rural", "local", "federal", "national", "central", "relevant",
        "respective", "competent", "its", "their", "his", "her", "all", "any", "each", "new",
    ]

    /// Names, longest match first, left to right; they never overlap.
    func names() -> [EntityMention] {
        var out = [EntityMention]()
        var i = 0
        while i < items.count {
            guard items[i].isWord, let m = EntityTable.index.longestMatch(items, at: i) else { i += 1; continue }
            // `этих судов`: a generic name that points back names nothing new.
            if m.entry.value.name == Self.genericCourt, i > 0, CueTable.anaphoric.longestMatch(items, at: i - 1) != nil {
                i = m.last + 1
                continue
            }
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
        return officesByPronoun(sharedOffices(deputiesAsBody(ellipticalAdjectives(out)).map(withOffice)))
    }

    /// `центральных и местных исполнительных органов`: an adjective joined to the first word of a
    /// name shares the rest of it, and names a body of its own (its item is the adjective alone).
    private func ellipticalAdjectives(_ mentions: [EntityMention]) -> [EntityMention] {
        var out = mentions
        for m in mentions where m.first >= 2 && m.head > m.first && !isKazakh {
            let adjective = m.first - 2
            guard CueTable.conjunctions.contains(items[m.first - 1].lower), items[adjective].isWord,
                  Self.isAdjective(items[adjective].lower),
                  !mentions.contains(where: { $0.first <= adjective && adjective <= $0.last }) else { continue }
            let shared = [items[adjective]] + items[(m.first + 1)...m.last]
            guard let hit = EntityTable.index.longestMatch(shared, at: 0), hit.last == shared.count - 1 else { continue }
            var e = m
            e.info = hit.entry.value
            (e.first, e.last) = (adjective, adjective)
            e.preposition = preposition(before: adjective)
            out.append(e)
        }
        return out.sorted { $0.first < $1.first }
    }

    /// `Председатели Конституционного Суда, Высшей аудиторской палаты и Центральной избирательной
    /// комиссии`: bodies joined to the body of an office (in the genitive) have that office too.
    private func sharedOffices(_ mentions: [EntityMention]) -> [EntityMention] {
        var out = mentions
        for n in out.indices.dropFirst() {
            let a = out[n - 1]
            guard a.info.isPerson, a.head < a.last, !items[a.head].lower.isLatin,
                  let o = Self.offices.first(where: { items[a.head].lower.hasPrefix($0.word) }) else { continue }
            var b = out[n]
            // Mentions may overlap (`Председателя Думы Думы`): only words between them join them.
            guard a.last + 1 < b.first else { continue }
            let gap = (a.last + 1)..<b.first
            guard !b.info.isPerson, b.info.canHold, b.cases.contains(.genitive),
                  gap.allSatisfy({ items[$0].punct == "," || CueTable.conjunctions.contains(items[$0].lower) }) else { continue }
            b.info = EntityInfo(name: Self.officeName(b.info.name, o.suffix), gender: .masculine, canHold: o.canHold, isPerson: true)
            (b.cases, b.preposition) = (a.cases, a.preposition)
            // Keep the office word as this name's head, so that the chain goes on.
            b.head = a.head
            out[n] = b
        }
        return out
    }

    private static let genericCourt = "court"
    private static let candidacy: Letters = "кандидатур", candidacyKk: Letters = "кандидатура"

    /// `кандидатура Премьер-министра`, `Премьер-Министрдің кандидатурасын`: a candidacy stands
    /// for the person, in the case of the word for the candidacy.
    private func withCandidacy(_ m: inout EntityMention) {
        // Only the candidacy of someone: `кандидатура Премьер-министра` (genitive).
        guard m.info.isPerson, m.cases.contains(.genitive) else { return }
        if isKazakh {
            let k = m.last + 1
            guard k < items.count, items[k].lower.hasPrefix(Self.candidacyKk) else { return }
            (m.last, m.head, m.isCandidacy) = (k, k, true)
            m.cases = GrammaticalCase.kazakh(items[k].lower.dropFirst(Self.candidacyKk.count))
            return
        }
        let k = m.first - 1
        guard k >= 0, items[k].isWord, items[k].lower.hasPrefix(Self.candidacy) else { return }
        (m.first, m.head, m.isCandidacy) = (k, k, true)
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
    private static let possessives: LetterSet = ["ее", "её", "его", "их", "its", "their"]

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
        w.count > 3 && adjectiveEndings.matches(w)
    }

    /// The preposition before item `i`, skipping up to two adjectives or articles.
    private func preposition(before i: Int) -> Letters? {
        var k = i - 1
        var skipped = 0
        while k >= 0, items[k].isWord {
            let w = items[k].lower
            if CueTable.prepositions.contains(w) { return w }
            guard skipped < 2, !Self.pronouns.contains(w), Self.articles.contains(w) || Self.englishModifiers.contains(w)
                || (!w.isLatin && Self.adjectiveEndings.matches(w)) else { return nil }
            skipped += 1
            k -= 1
        }
        return nil
    }
}
