/// Finds who holds the power an action group states, in one clause of a sentence.
///
/// In order: a passive agent (`прекращены Верховным Советом`, `прекращения ... главой
/// государства`; `указом Президента` for passive verbs); the owner of a power noun
/// (`полномочие главы государства по освобождению`, `входило в компетенцию Сената`,
/// `Президенту принадлежит право`); the subject (`Президент назначает`; for a noun also a
/// subject after it: `для назначения акимов Президент предлагает`); the subject before a colon
/// that opens a list of powers.
struct HolderFinder {
    let items: [PowerWord]
    let entities: [EntityMention]
    let actions: [ActionMention]
    let conditions: [ConditionMention]

    private static let actWords: LetterSet = ["указ", "постановлен", "распоряжен", "решен", "приказ"]
    private static let actWordsKk: [Letters] = ["жарлығымен", "қаулысымен", "өкімімен", "шешімімен"]

    /// The holder mentions for the group `group` (indices into `actions`); empty when the
    /// clause names none.
    func holders(of group: ActionGroup, kazakh: Bool) -> [EntityMention] {
        let first = actions[group.first], last = actions[group.last]
        let clause = items[first.first].clause
        let usable = entities.filter { e in
            e.info.canHold && items[e.head].clause == clause && items[e.head].quoteDepth == items[first.first].quoteDepth
                && !conditions.contains { $0.contains(e.head) && !$0.contains(first.first) }
                && (e.last < first.first || e.first > last.last)
        }
        if let a = agent(usable, group) { return coordinatedAgents(from: a, usable) }
        // `согласие на назначение`, `указ о назначении`, `вопрос об отставке` leave the act to an agent.
        if isTopic(first) { return [] }
        if let p = possessors(group, clause: clause), !p.isEmpty { return p }
        if let d = dativeOwner(usable, clause: clause) { return [d] }
        if let r = retainer(usable, clause: clause) { return [r] }
        // A participle names its holder only by an agent; a passive verb's subject is its object.
        if first.form == .participle || first.form == .passive { return [] }
        let subjects = SubjectFinder(items: items, actions: actions, usable: usable)
        if let s = subjects.subject(of: group, kazakh: kazakh) { return [s] }
        if let h = listHead(before: first.first) { return [h] }
        // `Судей других федеральных судов назначает Президент`: a subject after the verb.
        return subjects.subjectAfterVerb(of: group).map { [$0] } ?? []
    }

    /// The holder a sentence ending in a colon opens a list for (see ``listOpener(clause:)``).
    func listOpener() -> EntityMention? {
        listOpener(clause: items.last?.clause ?? 0)
    }

    /// The holder that clause `clause`, before a colon, opens a list for: the owner of a power
    /// noun (`Полномочия Сената включают:`) or the subject (`Президент Республики Казахстан:`).
    func listOpener(clause: Int) -> EntityMention? {
        for k in items.indices where items[k].isWord && items[k].clause == clause {
            if let hit = CueTable.possessorCues.longestMatch(items, at: k),
               let e = entities.first(where: { $0.first == hit.last + 1 && $0.info.canHold }) { return e }
        }
        return entities.first { items[$0.head].clause == clause && $0.isSubject && $0.info.canHold }
    }

    /// `Президенту принадлежит право роспуска`: the body a power belongs to, in the dative.
    private func dativeOwner(_ usable: [EntityMention], clause: Int) -> EntityMention? {
        guard items.indices.contains(where: { items[$0].clause == clause && CueTable.Word.belongs.matches(items[$0]) }) else { return nil }
        return usable.first { $0.preposition == nil && $0.cases.contains(.dative) && !$0.cases.contains(.nominative) }
    }

    /// `За Президентом сохранено право`, `закрепить за Сенатом право`: the body a power is kept
    /// or fixed for.
    private func retainer(_ usable: [EntityMention], clause: Int) -> EntityMention? {
        guard items.indices.contains(where: { items[$0].clause == clause && CueTable.Word.keeps.matches(items[$0]) }) else { return nil }
        return usable.first { $0.preposition == CueTable.Word.behind && $0.cases.contains(.instrumental) }
    }

    /// `Президент Республики Казахстан: 1) ...; 2) назначает ...`: the subject of the clause
    /// before a colon holds the powers listed after it.
    private func listHead(before i: Int) -> EntityMention? {
        guard let colon = items[..<i].lastIndex(where: { $0.punct == ":" }), colon > 0 else { return nil }
        let head = items[colon - 1].clause
        guard !actions.contains(where: { items[$0.first].clause == head }) else { return nil }
        return listOpener(clause: head)
    }

    /// A noun after `на`, `о`, `об` is the topic of another word (`согласие на назначение`,
    /// `указ о назначении`) and gets its holder only from an agent — unless that word is a
    /// question or decision the subject takes (`решает вопрос об отрешении`).
    private func isTopic(_ a: ActionMention) -> Bool {
        // Kazakh `тағайындауға келісім береді`: the verbal noun the consent is given to.
        if a.form == .noun, a.last + 1 < items.count, items[a.last + 1].lower.hasPrefix(CueTable.Word.consentKk),
           CueTable.Word.datives.contains(where: { items[a.last].lower.hasSuffix($0) }) { return true }
        guard a.form == .noun, a.first > 0 else { return false }
        // `порядок назначения акимов`, `процедура освобождения`: the procedure, not a power.
        if CueTable.Word.procedures.matches(items[a.first - 1]) { return true }
        // `после ее избрания`, `до их назначения`: an event in time.
        var k = a.first - 1
        if k > 0, CueTable.objectPronouns.contains(items[k].lower) { k -= 1 }
        if CueTable.Word.temporal.contains(items[k].lower) { return true }
        guard CueTable.Word.topic.contains(items[a.first - 1].lower) else { return false }
        return !(a.first > 1 && CueTable.Word.decision.contains(items[a.first - 2].stem))
    }

    /// Whether the group's holder may be assumed from an earlier sentence.
    ///
    /// Not for a participle or a topic noun; not for a passive verb without an agent
    /// (`акимы назначаются`); for an active verb only when a pronoun is its subject (`Он вправе
    /// назначать ...`) — otherwise a name outside the vocabulary is (`Всебелорусское народное
    /// собрание вправе отменять ...`).
    func mayAssumeHolder(of group: ActionGroup) -> Bool {
        let first = actions[group.first]
        switch first.form {
        case .participle, .passive: return false
        case .noun: return !isTopic(first)
        case .verb:
            let clause = items[first.first].clause
            return (0..<first.first).contains { items[$0].clause == clause && CueTable.subjectPronouns.contains(items[$0].lower) }
        }
    }

    private func agent(_ usable: [EntityMention], _ group: ActionGroup) -> EntityMention? {
        let first = actions[group.first], last = actions[group.last]
        guard first.form != .verb else { return nil }
        var best: (EntityMention, Int)? = nil
        for e in usable {
            // `назначаются указом Президента`; `Отрешение ... осуществляется указом главы
            // государства` (a noun that is not itself governed by a preposition).
            let nounSubject = first.form == .noun && !(first.first > 0 && CueTable.prepositions.contains(items[first.first - 1].lower))
            // `указом Президента`, Kazakh `Президенттің жарлығымен`.
            let byAct = (first.form == .passive || nounSubject) && e.preposition == nil && e.cases.contains(.genitive)
                && ((e.first > 0 && Self.actWords.contains(items[e.first - 1].stem))
                    || (e.last + 1 < items.count && Self.actWordsKk.contains { items[e.last + 1].lower.hasPrefix($0) }))
            // `с предложенной Президентом кандидатурой`: the instrumental right after a participle
            // is its agent, whatever preposition governs the phrase.
            let participleAgent = first.form == .participle && e.first == last.last + 1 && e.cases.contains(.instrumental)
            guard e.isAgent || byAct || participleAgent else { continue }
            // A noun's agent follows it, or sits in the noun phrase just before it
            // (`выражения Мажилисом вотума недоверия`).
            if first.form == .noun && e.last < first.first
                && (e.last < first.first - 2 || ((e.last + 1)..<first.first).contains { CueTable.prepositions.contains(items[$0].lower) }) { continue }
            let (lo, hi) = e.first > last.last ? (last.last, e.first) : (e.last, first.first)
            if actions.enumerated().contains(where: { !group.contains($0.offset) && $0.element.first > lo && $0.element.first < hi }) { continue }
            // `назначаются Президентом и утверждаются Советом`: an agent before the action, across
            // a conjunction or comma, belongs to the action before it.
            let crosses = e.last < first.first && ((lo + 1)..<hi).contains { k in
                items[k].punct == "," || CueTable.conjunctions.contains(items[k].lower)
            }
            let distance = hi - lo + (crosses ? 8 : 0)
            if best == nil || distance < best!.1 { best = (e, distance) }
        }
        return best?.0
    }

    /// `назначаются Президентом, Сенатом и Мажилисом`: agents joined by commas and conjunctions.
    private func coordinatedAgents(from a: EntityMention, _ usable: [EntityMention]) -> [EntityMention] {
        var out = [a]
        var m = a
        while m.last + 2 < items.count, let next = usable.first(where: { $0.first == m.last + 2 }), next.isAgent,
              items[m.last + 1].punct == "," || CueTable.conjunctions.contains(items[m.last + 1].lower) {
            out.append(next)
            m = next
        }
        return out
    }

    /// Holders named after a power noun: `компетенцию главы государства или главы ... органа`.
    private func possessors(_ group: ActionGroup, clause: Int) -> [EntityMention]? {
        let first = actions[group.first], last = actions[group.last]
        var cues = [(start: Int, distance: Int)]()
        for k in items.indices where items[k].isWord && items[k].clause == clause {
            if k >= first.first && k <= last.last { continue }
            if actions.contains(where: { $0.companion == k || ($0.first...$0.last).contains(k) }) { continue }
            guard let hit = CueTable.possessorCues.longestMatch(items, at: k) else { continue }
            let d = k < first.first ? first.first - k : k - last.last
            if d <= 25 { cues.append((hit.last + 1, d)) }
        }
        let owned = cues.sorted { $0.distance < $1.distance }.lazy.compactMap { c in
            entities.first { $0.first == c.start && $0.info.canHold }
        }
        guard var m = owned.first else { return nil }
        var out = [m]
        // Coordinated owners: `главы государства или главы вышестоящего органа`.
        while let next = entities.first(where: { $0.first == m.last + 2 }), next.info.canHold,
              CueTable.conjunctions.contains(items[m.last + 1].lower) {
            out.append(next)
            m = next
        }
        return out
    }
}

/// Coordinated actions (`назначение и освобождение от должности`, `отменять или
/// приостанавливать`): indices into the sentence's actions, which share holder and object.
struct ActionGroup {
    var members: [Int]
    var first: Int { members[0] }
    var last: Int { members[members.count - 1] }
    func contains(_ i: Int) -> Bool { members.contains(i) }

    /// Groups actions joined only by conjunctions, commas and hyphens, in one clause.
    static func groups(_ actions: [ActionMention], _ items: [PowerWord]) -> [ActionGroup] {
        var groups = [ActionGroup]()
        for (i, a) in actions.enumerated() {
            if let g = groups.last, case let prev = actions[g.last], items[prev.first].clause == items[a.first].clause,
               a.first - prev.last <= 4, a.first > prev.last + 1,
               ((prev.last + 1)..<a.first).allSatisfy({ k in
                   items[k].punct == "," || items[k].punct == "-" || CueTable.conjunctions.contains(items[k].lower)
               }), a.action != "@previous", prev.action != "@previous" {
                groups[groups.count - 1].members.append(i)
            } else {
                groups.append(ActionGroup(members: [i]))
            }
        }
        return groups
    }
}
