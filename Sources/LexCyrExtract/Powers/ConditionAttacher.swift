/// Decides which action group each condition phrase belongs to.
///
/// A condition goes to a group of its clause and quote level that does not contain it. Among
/// those, a group whose gap to the condition holds no conjunction or punctuation wins
/// (`назначает Премьер-Министра с согласия Мажилиса и может распустить` → the appointing);
/// then the nearest. A group keeps every condition given to it, in text order.
struct ConditionAttacher {
    let items: [PowerWord]
    let actions: [ActionMention]

    /// For each group, its conditions.
    func attach(_ conditions: [ConditionMention], to groups: [ActionGroup]) -> [[ConditionMention]] {
        var out = [[ConditionMention]](repeating: [], count: groups.count)
        for c in conditions {
            var best: (group: Int, clean: Bool, distance: Int)? = nil
            for (g, group) in groups.enumerated() {
                let a = actions[group.first], b = actions[group.last]
                if !(c.last < a.first || c.first > b.last) || items[a.first].clause != items[c.first].clause
                    || items[a.first].quoteDepth != items[c.first].quoteDepth { continue }
                let gap = c.first > b.last ? (b.last + 1)..<c.first : (c.last + 1)..<a.first
                let clean = !gap.contains { k in
                    (items[k].punct != nil && items[k].punct != "-") || CueTable.conjunctions.contains(items[k].lower)
                }
                let candidate = (g, clean, gap.count)
                if let bst = best, bst.clean && !clean || (bst.clean == clean && bst.distance <= gap.count) { continue }
                best = candidate
            }
            if let b = best { out[b.group].append(c) }
        }
        return out
    }
}
