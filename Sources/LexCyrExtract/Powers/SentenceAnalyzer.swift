import LexCyrCore

/// A power found in a sentence, before act linking: spans are scalar offsets in the unit.
struct PowerDraft {
    var power: Power
    /// Scalar offset of the action word, to pick the nearest footnote marker.
    var anchor: Int
}

/// Turns one sentence into power statements: groups coordinated actions, finds their holders,
/// objects and conditions, and dates them.
struct SentenceAnalyzer {
    /// Actions whose holder is never assumed from earlier sentences: they need their own.
    private static let needOwnHolder: Set<String> = ["consent", "no_confidence", "elect", "approve", "@previous"]

    let unit: TextUnit
    let sentence: Sentence
    let index: Int

    /// The statements of the sentence; `memory` carries context between sentences.
    func analyze(memory: inout DiscourseMemory) -> [PowerDraft] {
        let si = SentenceItems(unit, sentence)
        let items = si.items
        if startsWithListLabel(items) { return [] }
        let entities = NameScanner(items: items, isKazakh: si.isKazakh).names()
        var taken = [Bool](repeating: false, count: items.count)
        for e in entities { for k in e.first...e.last { taken[k] = true } }
        let actions = ActionScanner(items: items, isKazakh: si.isKazakh).actions(taken: taken)
        let namer = ObjectNamer(items: items, kazakh: si.isKazakh, nameStarts: entities.map(\.first), sentence: index)
        defer { namer.remember(entities, in: &memory) }
        if actions.isEmpty, items.last?.punct == ":",
           let head = HolderFinder(items: items, entities: entities, actions: [], conditions: []).listOpener() {
            memory.openList(holder: namer.name(head, memory: &memory), sentence: index)
        }
        guard !actions.isEmpty else { return [] }
        let conditions = ConditionScanner(items: items).conditions(entities: entities, actions: actions)
        let groups = ActionGroup.groups(actions, items)
        let holderFinder = HolderFinder(items: items, entities: entities, actions: actions, conditions: conditions)
        let objectFinder = ObjectFinder(items: items, entities: entities, actions: actions, conditions: conditions)
        let attached = ConditionAttacher(items: items, actions: actions).attach(conditions, to: groups)
        // Per clause, built when a group first needs it (few clauses: a list beats a dictionary).
        var times = [(clause: Int, time: ClauseTime)]()
        var out = [PowerDraft]()
        var sentenceObjects = [String](), previousObjects = [String]()
        var texts = [(clause: Int, text: String)]()

        for (g, group) in groups.enumerated() {
            let lead = actions[group.first]
            let clause = items[lead.first].clause
            let time: ClauseTime
            if let known = times.first(where: { $0.clause == clause }) {
                time = known.time
            } else {
                time = ClauseTime(items, clause: clause)
                times.append((clause, time))
            }
            let range = si.clauseRanges[clause]
            let conds = attached[g]
            let conditionText = conds.isEmpty ? nil : conds.map { c in
                unit.string(items[c.first].range.lowerBound..<items[c.last].range.upperBound)
            }.joined(separator: "; ")
            let conditionNegated = conds.contains { $0.cue.negated }

            let holders = holderFinder.holders(of: group, kazakh: si.isKazakh)
            var named = !holders.isEmpty
            var holderNames = holders.map(\.info.name)
            // `Аким области отменяет решения акимов`: holder and object differ when their
            // specific names do, though holders keep the general name.
            // (holder, specific name) pairs; the first pair of a holder counts.
            var specific = holders.map { ($0.info.name, namer.name($0, memory: &memory, asObject: false)) }
            if holderNames.isEmpty, startsWithListMarker(items), let h = memory.listHolder(in: index) {
                holderNames = [h]
                specific.append((h, h))
                named = true
            }
            let needsOwn = group.members.contains { Self.needOwnHolder.contains(actions[$0].action) }
            if holderNames.isEmpty, !needsOwn, holderFinder.mayAssumeHolder(of: group),
               let assumed = memory.assumedHolder(in: index) { holderNames = [assumed] }

            // `назначает Премьер-Министра ..., освобождает его от должности`: an object pronoun
            // right after the action stands for the object named before; a plural one (`их`) for
            // all the objects of the action before.
            var objects = [String]()
            if let pronoun = objectPronoun(after: actions[group.last], items),
               let o = sentenceObjects.last ?? nameBefore(lead, entities, holders, namer, &memory) ?? memory.lastObject {
                objects = CueTable.pluralPronouns.contains(pronoun) && !previousObjects.isEmpty ? previousObjects : [o]
            } else {
                objects = allowed(objectFinder.objects(of: group, holders: holders, kazakh: si.isKazakh), group, actions, items)
                    .map { namer.name($0, memory: &memory) }
            }
            if objects.isEmpty, hasPronoun(near: group, actions, items), let o = sentenceObjects.last ?? memory.lastObject {
                objects = [o]
            }
            sentenceObjects += objects
            if !objects.isEmpty { previousObjects = objects }
            let groupStatus = time.status(verbPast: lead.isVerbal && WordForm.isPast(items[lead.first].lower))
            // A consent phrase gives the body it names a consent power over the same objects.
            for c in conds where c.cue.consent && !c.cue.negated {
                guard let by = c.consentBy else { continue }
                for o in objects where o != by.info.name {
                    out.append(draft(by.info.name, "consent", o, nil, false, groupStatus, time.since,
                                     range, evidence(clause, range, &texts), items[c.first].range.lowerBound))
                }
            }
            if holderNames.isEmpty { continue }

            for i in group.members {
                let a = actions[i]
                var action = a.action
                var actionObjects = objects
                if action == "@previous" {
                    guard let p = memory.previous(in: index) else { continue }
                    action = p.action
                    actionObjects = p.object.map { [$0] } ?? []
                }
                let negated = a.negated || conditionNegated || holders.contains(where: \.negated)
                let status = time.status(verbPast: a.isVerbal && WordForm.isPast(items[a.first].lower))
                for h in holderNames {
                    let own = specific.first { $0.0 == h }?.1 ?? h
                    for o in actionObjects where o != own {
                        out.append(draft(h, action, o, conditionText, negated, status, time.since, range,
                                         evidence(clause, range, &texts), items[a.first].range.lowerBound))
                        memory.remember(holder: h, action: action, object: o, sentence: index, named: named)
                    }
                }
            }
        }
        return out
    }

    /// Objects the actions of `group` accept: without `от должности`, `освобождать` needs an
    /// office (`освобождает акима`, not `освобождение от налогов`); approving needs a document
    /// or a candidate (`утверждает Правила`, `утверждает кандидатуры министров`).
    private func allowed(_ objects: [EntityMention], _ group: ActionGroup, _ actions: [ActionMention],
                         _ items: [PowerWord]) -> [EntityMention] {
        var out = objects
        for i in group.members {
            let a = actions[i]
            switch a.info.need {
            case .officeOrPerson where a.companion == nil:
                out = out.filter(\.info.isPerson)
            case .document:
                // `утверждает кандидатуры министров`, `кандидатура которого утверждена`,
                // `утверждаются в должности`: a person is approved as a candidate or in office.
                let clause = items[a.first].clause
                let near = (max(0, a.first - 8)..<min(items.count, a.last + 8)).filter { items[$0].clause == clause }
                let candidate = a.last > a.first || near.contains { k in
                    ActionTable.candidates.contains { $0.matches(items[k]) }
                }
                // `Хокимы ... утверждаются Кенгашем`: the subject of a passive is the one approved.
                let passive = a.form == .passive || a.form == .participle
                out = out.filter { !$0.info.canHold || ((candidate || (passive && $0.last < a.first && $0.isSubject)) && $0.info.isPerson) }
            default: break
            }
        }
        return out
    }

    /// `освобождает его`, `их назначение`, `оларды ... босатады`: an object pronoun next to the action.
    private func hasPronoun(near group: ActionGroup, _ actions: [ActionMention], _ items: [PowerWord]) -> Bool {
        let first = actions[group.first].first, last = actions[group.last].last
        for k in [last + 1, last + 2, first - 1, first - 2, first - 3] where k >= 0 && k < items.count {
            guard CueTable.objectPronouns.contains(items[k].lower) else { continue }
            // After the action, `его структуру` is a possessive, not the object (but `его
            // кандидатуры` stands for him).
            if k > last, k + 1 < items.count, items[k + 1].isWord, !CueTable.prepositions.contains(items[k + 1].lower),
               !CueTable.conjunctions.contains(items[k + 1].lower),
               !ActionTable.candidates.contains(where: { $0.matches(items[k + 1]) }) { continue }
            return true
        }
        return false
    }

    /// The nearest name before action `a` in the sentence that is neither a holder nor a subject
    /// (`проект местного бюджета, а маслихат утверждает его`).
    private func nameBefore(_ a: ActionMention, _ entities: [EntityMention], _ holders: [EntityMention],
                       _ namer: ObjectNamer, _ memory: inout DiscourseMemory) -> String? {
        guard let e = entities.last(where: { e in
            e.last < a.first && !e.isSubject && !e.isAgent && !holders.contains { $0.first == e.first }
        }) else { return nil }
        return namer.name(e, memory: &memory)
    }

    /// `освобождает его от должности`, `dismisses him`: the pronoun right after the action, if it is
    /// not the possessive of a following noun (`назначает его заместителей`).
    private func objectPronoun(after a: ActionMention, _ items: [PowerWord]) -> Letters? {
        let k = a.last + 1
        guard k < items.count, CueTable.objectPronouns.contains(items[k].lower) else { return nil }
        guard k + 1 < items.count, items[k + 1].isWord else { return items[k].lower }
        let next = items[k + 1].lower
        return CueTable.prepositions.contains(next) || CueTable.conjunctions.contains(next) ? items[k].lower : nil
    }

    /// `1)`, `2.`, `а)`, `–`, `•` at the start of a sentence: an item of a list.
    private func startsWithListMarker(_ items: [PowerWord]) -> Bool {
        guard let first = items.first else { return false }
        if let p = first.punct { return p == "-" || p == "–" || p == "—" || p == "•" || p == "·" }
        guard items.count > 1, first.number != nil || (first.isWord && first.lower.count == 1) else { return false }
        return items[1].punct == ")" || items[1].punct == "."
    }

    private func startsWithListLabel(_ items: [PowerWord]) -> Bool {
        CueTable.listLabels.contains { label in
            label.count <= items.count && label.indices.allSatisfy { items[$0].lower == label[$0] }
        }
    }

    /// The evidence of the records of `clause`: built once per clause, however many records
    /// share it, and only for a clause that states one.
    private func evidence(_ clause: Int, _ range: Range<Int>, _ texts: inout [(clause: Int, text: String)]) -> String {
        if let t = texts.first(where: { $0.clause == clause }) { return t.text }
        let t = unit.string(range)
        texts.append((clause, t))
        return t
    }

    private func draft(_ holder: String, _ action: String, _ object: String?, _ condition: String?, _ negated: Bool,
                       _ status: Power.Status, _ since: String?, _ range: Range<Int>, _ text: String, _ anchor: Int) -> PowerDraft {
        PowerDraft(power: Power(holder: holder, action: action, object: object, condition: condition,
                                negated: negated, status: status, since: since, text: text,
                                footnote: unit.footnote, start: range.lowerBound, end: range.upperBound),
                   anchor: anchor)
    }
}
