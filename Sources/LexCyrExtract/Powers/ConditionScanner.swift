/// Finds condition phrases (`с согласия маслихата`, `по представлению Президента`, `в случае ...`)
/// in the items of one sentence.
struct ConditionScanner {
    let items: [PowerWord]

    /// Condition phrases. A phrase that names a body ends with that body and the names joined
    /// to it (`по представлению Президента`); others run to the next punctuation mark, verb of
    /// action, subject, or conjunction before a new predicate. A postpositional cue (Kazakh)
    /// runs back over the genitive or instrumental names before it.
    func conditions(entities: [EntityMention], actions: [ActionMention]) -> [ConditionMention] {
        // Per item: the name covering it, whether a verbal action or an action starts there.
        var entityAt = [Int?](repeating: nil, count: items.count)
        for (n, e) in entities.enumerated() { for k in e.first...e.last { entityAt[k] = n } }
        var verbAt = [Bool](repeating: false, count: items.count)
        var actionAt = [Bool](repeating: false, count: items.count)
        for a in actions {
            actionAt[a.first] = true
            if a.isVerbal { verbAt[a.first] = true }
        }
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
                        _ entityAt: [Int?], _ verbAt: [Bool], _ actionAt: [Bool]) {
        let clause = items[c.first].clause, quote = items[c.first].quoteDepth
        var k = start
        var namedBody = false
        while k < items.count, items[k].clause == clause, items[k].quoteDepth == quote {
            if let p = items[k].punct, p != "-" { break }
            if verbAt[k] || WordForm.isInfinitive(items[k].lower) || WordForm.isReflexiveVerb(items[k].lower) { break }
            // `требуется также при назначении ...`: a preposition before an action opens its own phrase.
            if CueTable.prepositions.contains(items[k].lower), k + 1 < items.count, actionAt[k + 1] { break }
            if CueTable.conjunctions.contains(items[k].lower), k + 1 < items.count,
               verbAt[k + 1] || CueTable.modals.contains(items[k + 1].lower) { break }
            if let n = entityAt[k] {
                let e = entities[n]
                if e.isSubject && e.info.canHold && e.preposition == nil { break }
                // `по представлению Президента Председателя Верховного Суда`: an office right after
                // the named body is the object of the action, not part of the phrase (a body there,
                // `Мажилиса Парламента`, is).
                if c.cue.namesBody, namedBody, e.info.isPerson, !CueTable.conjunctions.contains(items[k - 1].lower) { break }
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
