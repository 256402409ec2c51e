import LexCyrCore

extension Evaluator {
    /// Scores the body's powers against a powers gold file.
    ///
    /// - `powers`: precision/recall on (holder, action, object) with the evidence located;
    ///   optional gold items are neither counted nor penalised.
    /// - `power_fields`: agreement of status, negation, year and condition on matched items.
    /// - `power_acts`: matched items with an `act_footnote` whose `act_id` is that footnote's act
    ///   (only when the document has acts).
    func evaluatePowers(_ d: Document, _ gold: PowersGold, _ r: inout Report) {
        let found = d.powers.filter { $0.footnote == nil }
        var used = Set<Int>()
        var matched = [(PowersGold.Item, Power)]()
        var missed = 0
        // Required items first, so that an optional twin does not take their record.
        let ordered = gold.powers.filter { $0.optional == nil } + gold.powers.filter { $0.optional != nil }
        for g in ordered {
            let evidence = collapse(g.evidence)
            let hit = found.indices.first { k in
                !used.contains(k) && found[k].holder == g.holder && found[k].action == g.action
                    && found[k].object == g.object && collapse(found[k].text).contains(evidence)
            }
            if let k = hit {
                used.insert(k)
                if g.optional == nil { matched.append((g, found[k])) }
            } else if g.optional == nil {
                missed += 1
                r.findings.append("power missed: \(g.holder) \(g.action) \(g.object ?? "-") «\(g.evidence)»")
            }
        }
        let extra = found.indices.filter { !used.contains($0) }
        for k in extra {
            let p = found[k]
            r.findings.append("power not in gold: \(p.holder) \(p.action) \(p.object ?? "-") «\(p.text.prefix(80))»")
        }
        r.scores.append(("powers", Score(truePositives: matched.count, falsePositives: extra.count, falseNegatives: missed)))

        var right = 0, total = 0
        for (g, p) in matched {
            let checks: [(String, Bool)] = [
                ("status", g.status.map { $0 == p.status.rawValue } ?? true),
                ("negated", p.negated == (g.negated ?? false)),
                ("since", g.since == p.since),
                ("condition", conditionAgrees(g.condition, p.condition)),
            ]
            for (name, ok) in checks {
                total += 1
                if ok { right += 1 } else {
                    r.findings.append("power \(g.holder) \(g.action) \(g.object ?? "-") «\(g.evidence.prefix(40))»: \(name) differs (\(describe(name, p)))")
                }
            }
        }
        r.ratios.append(("power_fields", total == 0 ? 1 : Double(right) / Double(total), "\(right)/\(total)"))

        guard !d.acts.isEmpty else { return }
        let linkable = matched.filter { $0.0.actFootnote != nil }
        let linked = linkable.filter { g, p in
            d.acts.contains { $0.footnote == g.actFootnote && $0.isCitation && $0.actID == p.actID }
        }.count
        r.ratios.append(("power_acts", linkable.isEmpty ? 1 : Double(linked) / Double(linkable.count), "\(linked)/\(linkable.count)"))
    }

    private func conditionAgrees(_ gold: String?, _ found: String?) -> Bool {
        switch (gold, found) {
        case (nil, nil): return true
        case let (g?, f?): return collapse(f).contains(collapse(g)) || collapse(g).contains(collapse(f))
        default: return false
        }
    }

    private func describe(_ field: String, _ p: Power) -> String {
        switch field {
        case "status": p.status.rawValue
        case "negated": String(p.negated)
        case "since": p.since ?? "null"
        default: p.condition ?? "null"
        }
    }
}
