/// Finds the grammatical subject of an action: the body or office that holds the power an active
/// verb states.
///
/// Russian and English look back from the action for a nominative name, skipping relative clauses
/// and the objects of an earlier verb; Kazakh takes the leftmost nominative before the verb. A
/// subject may also follow the verb (`Судей других федеральных судов назначает Президент`).
struct SubjectFinder {
    let items: [PowerWord]
    let actions: [ActionMention]
    /// Names that may hold the power (in the action's clause, outside conditions).
    let usable: [EntityMention]

    /// The subject of `group`, before it (or, for a noun, right after it).
    func subject(of group: ActionGroup, kazakh: Bool) -> EntityMention? {
        let first = actions[group.first], last = actions[group.last]
        let clause = items[first.first].clause
        // Kazakh puts the subject first: the leftmost nominative before the verb. A verbal noun may
        // come first, its subject after it (`сенімсіздік білдіру туралы мәселені мәслихат
        // депутаттары көтереді`).
        if kazakh {
            return usable.first { $0.last < first.first && $0.isSubject }
                ?? (first.form == .noun ? usable.first { $0.first > last.last && $0.isSubject } : nil)
        }
        if let s = subjectBefore(group, clause: clause) { return s }
        // A noun's holder may be the subject that follows (`для назначения акимов Президент
        // предлагает`, `правом роспуска обладает Президент`), up to another verb of action.
        guard first.form == .noun else { return nil }
        var k = last.last + 1
        while k < items.count, items[k].clause == clause {
            if CueTable.relatives.contains(items[k].lower) || CueTable.contrastive.contains(items[k].lower) { break }
            if actions.contains(where: { $0.first == k && $0.isVerbal }) { break }
            if let e = usable.first(where: { $0.first == k }), e.isSubject { return e }
            k += 1
        }
        return nil
    }

    /// `Распустить Мажилис может только Президент`: for an active verb with no subject before it,
    /// the last nominative after it in its clause, up to a relative word, a contrast or another
    /// verb of action.
    func subjectAfterVerb(of group: ActionGroup) -> EntityMention? {
        let first = actions[group.first], last = actions[group.last]
        guard first.form == .verb, !first.lower(items).isLatin else { return nil }
        let clause = items[first.first].clause
        var found: EntityMention? = nil
        var k = last.last + 1
        while k < items.count, items[k].clause == clause {
            if CueTable.relatives.contains(items[k].lower) || CueTable.contrastive.contains(items[k].lower) { break }
            if actions.contains(where: { $0.first == k && $0.isVerbal }) { break }
            if let e = usable.first(where: { $0.first == k }) {
                if e.isSubject { found = e }
                k = e.last
            }
            k += 1
        }
        return found
    }

    private func subjectBefore(_ group: ActionGroup, clause: Int) -> EntityMention? {
        let first = actions[group.first]
        // Names between an earlier verb of the clause and this action are that verb's objects
        // (`назначает Премьер-Министра и освобождает его`): the subject precedes the earlier verb.
        let boundary = contrastiveBoundary(before: first.first)
        let earlierVerb = actions.enumerated().last { !group.contains($0.offset) && $0.element.isVerbal && $0.element.last < first.first
            && $0.element.first > boundary && items[$0.element.first].clause == clause }?.element.first
        var k = first.first - 1
        var comma = false
        while k > boundary, items[k].clause == clause {
            if items[k].punct == "," { comma = true }
            if CueTable.relatives.contains(items[k].lower) {
                // `Президент назначает Председателя, кандидатура которого утверждена Думой, и
                // освобождает его`: a relative clause closed before the action is passed over.
                if comma, let open = items[..<k].lastIndex(where: { $0.punct == "," }), open > boundary {
                    k = open - 1
                    comma = false
                    continue
                }
                // `the President of Kyrgyzstan, who appoints ...`: a subject relative stands for the
                // name before it (and its complement of up to three words).
                if !comma, CueTable.subjectRelatives.contains(items[k].lower), k >= 2, items[k - 1].punct == ",",
                   let e = usable.last(where: { e in
                       e.last <= k - 2 && e.last >= k - 5 && ((e.last + 1)..<(k - 1)).allSatisfy { items[$0].isWord }
                   }) {
                    return e
                }
                return nil
            }
            if let e = usable.first(where: { $0.last == k }), isDenied(e) {
                k = e.first - 1
                continue
            }
            if let e = usable.first(where: { $0.last == k }) {
                // `..., and the President may not ...`: a subject after a comma and a conjunction
                // starts a predicate of its own, even after an earlier verb.
                if e.isSubject && (earlierVerb == nil || e.last < earlierVerb! || opensPredicate(e)) {
                    return earlierSubject(than: e, after: boundary) ?? e
                }
                k = e.first
            }
            k -= 1
        }
        return nil
    }

    /// `Губернатор формирует правительство региона и утверждает ...`: a nominative-looking name
    /// right after a verb (adjectives aside) that follows another subject is that verb's object;
    /// the earlier one is the subject.
    private func earlierSubject(than e: EntityMention, after boundary: Int) -> EntityMention? {
        guard let before = usable.last(where: { $0.last < e.first && $0.first > boundary && $0.isSubject && $0.info.canHold }),
              items[before.last].clause == items[e.first].clause else { return nil }
        var k = e.first - 1
        while k > before.last, items[k].isWord, NameScanner.isAdjective(items[k].lower) { k -= 1 }
        guard k > before.last, items[k].isWord, !actions.contains(where: { $0.first <= k && k <= $0.last }),
              WordForm.looksFinite(items[k].lower) else { return nil }
        return before
    }

    /// `rather than the President`, `а не Президент`: a name set against the subject.
    private func isDenied(_ e: EntityMention) -> Bool {
        var k = e.first - 1
        if k >= 0, items[k].lower == CueTable.Word.the { k -= 1 }
        guard k >= 0 else { return false }
        if items[k].lower == CueTable.Word.than { return true }
        return items[k].lower == CueTable.Word.not && k >= 1 && CueTable.contrastive.contains(items[k - 1].lower)
    }

    /// Whether `e` follows `, и` / `, а` / `, and` (skipping articles).
    private func opensPredicate(_ e: EntityMention) -> Bool {
        var k = e.first - 1
        if k >= 0, items[k].lower == CueTable.Word.the { k -= 1 }
        return k >= 1 && CueTable.conjunctions.contains(items[k].lower) && items[k - 1].punct == ","
    }

    /// The item of the last `, а` / `, но` before item `i` in its clause, or -1.
    private func contrastiveBoundary(before i: Int) -> Int {
        var k = i - 1
        while k > 0, items[k].clause == items[i].clause {
            // `, а Президент ...` opens a new predicate; `, а также` continues the same one.
            if CueTable.contrastive.contains(items[k].lower) && items[k - 1].punct == ","
                && !(k + 1 < items.count && items[k + 1].lower == CueTable.Word.also) { return k }
            // `..., and the Assembly may dismiss`: a comma and a conjunction before a new subject
            // (not before a verb that shares the subject: `..., и освобождает его`).
            if CueTable.conjunctions.contains(items[k].lower) && items[k - 1].punct == ",", k + 1 < items.count,
               !actions.contains(where: { $0.first == k + 1 }), !CueTable.modals.contains(items[k + 1].lower),
               items[k + 1].lower != CueTable.Word.also { return k }
            k -= 1
        }
        return -1
    }
}
