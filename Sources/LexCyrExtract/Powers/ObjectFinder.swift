/// Finds what an action group acts on, in one clause of a sentence.
///
/// Whose acts for `отменять ... актов акимов`; whose powers for `прекратить полномочия
/// маслихата`; otherwise the first name after the action (`назначает акимов`, `поручение
/// акимам`, `в отношении местных представительных органов`) or, when there is none, before it
/// (`полномочия маслихата могут быть прекращены`; Kazakh verb-final `әкімдерін тағайындайды`),
/// with the names coordinated to it (`Премьер-Министра и министров`).
struct ObjectFinder {
    private static let actWords: LetterSet = ["указ", "постановлен", "распоряжен"]

    let items: [PowerWord]
    let entities: [EntityMention]
    let actions: [ActionMention]
    let conditions: [ConditionMention]

    /// The object mentions of `group`, skipping the `holders`.
    func objects(of group: ActionGroup, holders: [EntityMention], kazakh: Bool) -> [EntityMention] {
        let first = actions[group.first], last = actions[group.last]
        let clause = items[first.first].clause
        let isConsent = group.members.contains { actions[$0].action == "consent" }
        let allowed = group.members.reduce(into: Set<Letters>()) { $0.formUnion(CueTable.objectPrepositions[actions[$1].action] ?? []) }
        let candidates = entities.filter { e in
            items[e.head].clause == clause && !e.isAgent && !holders.contains { $0.first == e.first }
                && !conditions.contains { $0.contains(e.head) && !$0.contains(first.first) }
                && (e.preposition.map { allowed.contains($0) || $0 == CueTable.Word.of } ?? true)
                && !(e.first > 0 && Self.actWords.contains(items[e.first - 1].stem))
                && fits(e, first.form, kazakh: kazakh) && !isExcluded(e) && !isCircumstance(e)
                // `с предложенной Президентом кандидатурой`: the agent of a participle.
                && !(e.cases.contains(.instrumental) && actions.contains { $0.form == .participle && $0.last == e.first - 1 })
        }
        // Whose acts / whose powers: the name right after the companion noun.
        for i in group.members {
            let a = actions[i]
            guard let c = a.companion else { continue }
            switch a.info.need {
            case .acts, .near, .unconstitutional:
                if let e = entities.first(where: { $0.first >= c && $0.first <= c + 4 && items[$0.head].clause == clause }),
                   !holders.contains(where: { $0.first == e.first }), !e.isAgent,
                   !((c + 1)..<max(c + 1, e.first)).contains(where: { CueTable.prepositions.contains(items[$0].lower) && !bridges($0) }) {
                    // `указы Президента и постановления Правительства`: owners of coordinated acts.
                    let owners = entities.filter { o in items[o.head].clause == clause && !o.isAgent && !holders.contains(where: { $0.first == o.first }) }
                    return coordinated(from: e, owners)
                }
                // Kazakh puts the owner first: `Үкімет актілерінің`.
                if kazakh, let e = entities.first(where: { $0.last == c - 1 }), !holders.contains(where: { $0.first == e.first }) {
                    return [e]
                }
            default: break
            }
        }
        // `согласие Президенту на назначение X`: consent is given to appointing X; `вносит
        // представление о назначении X`: the proposal is to appoint X.
        let aboutTarget = isConsent || group.members.contains { actions[$0].action == "propose_candidates" }
        if aboutTarget, let target = actions.first(where: { a in
            a.first > last.last + 1 && a.first <= last.last + 6 && CueTable.targetPrepositions.contains(items[a.first - 1].lower)
                || (a.first >= 2 && items[a.first - 1].lower == CueTable.Word.the && items[a.first - 2].lower == CueTable.Word.toEn && a.first > last.last + 1)
        }),
           let e = candidates.filter({ $0.first > target.last }).min(by: { $0.first < $1.first }) {
            return coordinated(from: e, candidates)
        }
        // `Председателя Правительства, кандидатура которого утверждена Думой`: the name the
        // relative clause hangs on (unless the relative word is the subject of an active verb).
        if let (r, e) = antecedent(of: first), first.form != .verb || !CueTable.subjectRelatives.contains(items[r].lower),
           fits(e, .passive, kazakh: kazakh), !holders.contains(where: { $0.first == e.first }), !e.isAgent {
            return [e]
        }
        // A passive verb's object is its subject, before it (`Хокимы областей назначаются
        // Президентом, при этом кандидатура хокима ...`), with the subjects joined to it
        // (`Судьи Конституционного Суда, Верховного Суда, а также Председатели ...`).
        if first.form == .passive, let e = candidates.last(where: { $0.last < first.first && isPassiveSubject($0) }) {
            var out = [e]
            var m = e
            while let prev = candidates.last(where: { $0.last < m.first && isPassiveSubject($0) }),
                  ((prev.last + 1)..<m.first).allSatisfy({ k in
                      isJoin(items[k]) || CueTable.contrastive.contains(items[k].lower) || items[k].lower == CueTable.Word.also
                          || entities.contains { $0.first <= k && k <= $0.last && !$0.cases.isDisjoint(with: .genitive) }
                  }) {
                if prev.info.name != e.info.name { out.append(prev) }
                m = prev
            }
            return out
        }
        // Forward, up to the next action that is not part of this group.
        let stop = isConsent ? nil : actions.indices.first { $0 > group.last && actions[$0].first > last.last }
        let limit = stop.map { actions[$0].first } ?? Int.max
        if let e = candidates.filter({ $0.first > last.last && $0.first < limit }).min(by: { $0.first < $1.first }) {
            return coordinated(from: e, candidates)
        }
        // Elections are called to a body named after the action, never before it.
        if !kazakh, group.members.contains(where: { actions[$0].action == "call_elections" }) { return [] }
        // Backward, nearest first, skipping subjects (a passive verb's subject is its object).
        // An active verb does not reach back over an earlier verb to that verb's objects
        // (`распустить Думу и назначить выборы`).
        let earlierVerb = first.form == .verb
            ? actions.last(where: { $0.isVerbal && $0.last < first.first && items[$0.first].clause == clause })?.first : nil
        // A passive verb's object is a nominative: `Верховного Суда` before `назначаются` is not.
        let before = candidates.filter { $0.last < min(first.first, earlierVerb ?? .max)
            && (first.form == .passive ? ($0.cases.isEmpty || $0.cases.contains(.nominative) || kazakh) : !($0.isSubject && $0.info.canHold)) }
        if var e = before.max(by: { $0.first < $1.first }) {
            // `судьи Конституционного Суда`: a body right after an office is its modifier.
            // (`Судей других федеральных судов`: adjectives may stand between).
            if !e.info.isPerson, let head = before.last(where: { h in
                h.info.isPerson && h.last < e.first && h.last >= e.first - 3
                    && ((h.last + 1)..<e.first).allSatisfy { items[$0].isWord && NameScanner.isAdjective(items[$0].lower) }
            }) { e = head }
            return coordinatedBackward(from: e, before)
        }
        return []
    }

    /// `acts of the akims`, `кандидатур на должность акима`: a preposition that does not end
    /// the noun phrase of a companion noun.
    private func bridges(_ k: Int) -> Bool {
        let w = items[k].lower
        if w == CueTable.Word.of { return true }
        return w == CueTable.Word.onto && k + 1 < items.count && CueTable.officeWords.contains { $0.matches(items[k + 1]) }
    }

    /// The relative word before action `a` in its part of the sentence (no comma between), and
    /// the name right before the comma that opens the relative clause.
    private func antecedent(of a: ActionMention) -> (Int, EntityMention)? {
        let clause = items[a.first].clause
        var k = a.first - 1
        while k > 0, items[k].clause == clause, items[k].punct != "," {
            if CueTable.relatives.contains(items[k].lower) {
                // `, которые`, `, кандидатура которого`, `, who`
                guard let comma = [k - 1, k - 2].first(where: { $0 > 0 && items[$0].punct == "," }),
                      let e = entities.first(where: { $0.last == comma - 1 }) else { return nil }
                return (k, e)
            }
            k -= 1
        }
        return nil
    }

    /// Whether `e` can be the object of an action of `form`: a noun's object is in the
    /// genitive or dative (`назначение акимов`, `поручение акимам`); a verb's is not a bare
    /// nominative — except for a passive verb, whose nominative is its object.
    private func fits(_ e: EntityMention, _ form: WordForm.Form, kazakh: Bool) -> Bool {
        if e.cases.isEmpty || e.preposition == CueTable.Word.over { return true }
        // Kazakh verbal nouns (`таратуға`, `тағайындау`) govern the accusative like verbs.
        if kazakh { return form == .passive || e.cases != .nominative }
        switch form {
        case .passive: return true
        case .noun: return !e.cases.intersection([.genitive, .dative]).isEmpty || items[e.head].lower.isLatin
        case .verb, .participle: return e.cases != .nominative
        }
    }

    /// `e` and the names joined to it by `и`, `или`, commas (with at most three words between:
    /// `Председателя Правительства, его заместителей, федеральных министров`).
    private func coordinated(from e: EntityMention, _ candidates: [EntityMention]) -> [EntityMention] {
        var out = [e]
        var m = e
        while let next = candidates.first(where: { $0.first > m.last && $0.first <= m.last + 6 }) {
            let gap = (m.last + 1)..<next.first
            guard gap.contains(where: { isJoin(items[$0]) }),
                  gap.filter({ items[$0].isWord && !isJoin(items[$0]) }).count <= 3,
                  gap.allSatisfy({ items[$0].isWord || items[$0].punct == "," }),
                  !actions.contains(where: { gap.contains($0.first) }),
                  // `..., and the President may ...`: the subject of a new predicate is not joined.
                  !(next.last + 1 < items.count && CueTable.modals.contains(items[next.last + 1].lower)),
                  !actions.contains(where: { $0.isVerbal && $0.first == next.last + 1 }),
                  // Joined names share their case (`акимы ... и Правительству` are not joined);
                  // nominative, accusative and genitive are told apart too unreliably to count.
                  Self.compatible(m.cases, next.cases),
                  !gap.contains(where: { k in
                      let w = items[k].lower
                      return CueTable.relatives.contains(w) || CueTable.prepositions.contains(w) || CueTable.contrastive.contains(w)
                  }),
                  next.info.name != m.info.name else { break }
            out.append(next)
            m = next
        }
        return out
    }

    private static let core: CaseSet = [.nominative, .accusative, .genitive]

    /// Whether two names may be joined, by their cases.
    private static func compatible(_ a: CaseSet, _ b: CaseSet) -> Bool {
        a.isEmpty || b.isEmpty || !a.isDisjoint(with: b) || (!a.isDisjoint(with: core) && !b.isDisjoint(with: core))
    }

    /// `e` and the names joined to it before it (`Парламентті немесе Парламент Мәжілісін`);
    /// a name right before another is its modifier and is passed over.
    private func coordinatedBackward(from e: EntityMention, _ before: [EntityMention]) -> [EntityMention] {
        var out = [e]
        var m = e
        while true {
            guard var prev = before.last(where: { $0.last < m.first }) else { break }
            if prev.last == m.first - 1, let p2 = before.last(where: { $0.last < prev.first }) { prev = p2 }
            let gap = (prev.last + 1)..<m.first
            // (adjectives of the later name may stand between: `и федеральных министров`).
            let between = gap.filter { k in
                !entities.contains { $0.first <= k && k <= $0.last } && !(items[k].isWord && NameScanner.isAdjective(items[k].lower))
            }
            guard between.count == 1, isJoin(items[between[0]]), prev.info.name != e.info.name else { break }
            out.append(prev)
            m = prev
        }
        return out
    }

    /// A nominative name that starts its phrase (the clause's first word, or after a comma or
    /// conjunction): the subject of a passive verb (`Судьи ... назначаются`).
    private func isPassiveSubject(_ e: EntityMention) -> Bool {
        guard e.preposition == nil, e.cases.contains(.nominative) else { return false }
        if e.isSubject { return true }
        let k = e.first - 1
        return k < 0 || items[k].clause != items[e.first].clause || isJoin(items[k])
            || CueTable.Word.also == items[k].lower || !items[k].isWord && items[k].punct != "-"
    }

    /// `при формировании Правительства`: a name governed by a noun of circumstance (after `при`,
    /// `для`, `после`, `до`) that is not itself an action.
    private func isCircumstance(_ e: EntityMention) -> Bool {
        let noun = e.first - 1
        guard noun >= 1, items[noun].isWord, CueTable.Word.circumstance.contains(items[noun - 1].lower) else { return false }
        return !actions.contains { $0.first <= noun && noun <= $0.last }
    }

    /// `за исключением силовых министров`, `кроме министров`: a name excepted from the objects.
    private func isExcluded(_ e: EntityMention) -> Bool {
        (max(0, e.first - 3)..<e.first).contains { CueTable.Word.except.contains(items[$0].lower) }
    }

    private func isJoin(_ w: PowerWord) -> Bool {
        w.punct == "," || CueTable.conjunctions.contains(w.lower)
    }
}
