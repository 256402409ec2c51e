import LexCyrCore

/// Scores a ``Document`` against a ``Gold`` file: the corpus harness.
public struct Evaluator: Sendable {
    /// Creates an evaluator.
    public init() {}

    /// The act fields scored for field accuracy, in report order.
    public static let actFields = ["type", "jurisdiction", "date", "number", "title", "url", "accessed"]

    /// Everything measured on one document.
    public struct Report: Sendable {
        /// Document name.
        public var document: String
        /// Named measures (precision/recall).
        public var scores: [(name: String, score: Score)] = []
        /// Named ratios (accuracy, pass rate, word error rate).
        public var ratios: [(name: String, value: Double, detail: String)] = []
        /// Human-readable problems (a missed string, a wrong field).
        public var findings: [String] = []

        /// The score named `name`.
        public func score(_ name: String) -> Score? { scores.first { $0.name == name }?.score }
        /// The ratio named `name`.
        public func ratio(_ name: String) -> Double? { ratios.first { $0.name == name }?.value }
    }

    /// Scores `document` against `gold` (and `dates`, `powers`, when given).
    public func evaluate(_ document: Document, gold: Gold?, dates: DatesGold? = nil, powers: PowersGold? = nil,
                         name: String) -> Report {
        var r = Report(document: name)
        if let gold { evaluateMain(document, gold, &r) }
        if let dates { evaluateDates(document, dates, &r) }
        if let powers { evaluatePowers(document, powers, &r) }
        return r
    }

    private func evaluateMain(_ d: Document, _ g: Gold, _ r: inout Report) {
        if let contains = g.cleanedBodyContains, !contains.isEmpty {
            let missing = contains.filter { !d.text.contains($0) }
            r.ratios.append(("body_contains", Double(contains.count - missing.count) / Double(contains.count), "\(contains.count - missing.count)/\(contains.count)"))
            r.findings += missing.map { "body lacks: \($0)" }
        }
        if let excludes = g.cleanedBodyExcludes, !excludes.isEmpty {
            let present = excludes.filter { d.text.contains($0) }
            r.ratios.append(("body_excludes", Double(excludes.count - present.count) / Double(excludes.count), "\(excludes.count - present.count)/\(excludes.count)"))
            r.findings += present.map { "body holds: \($0)" }
        }
        if let f = g.footnotes {
            r.scores.append(("footnotes", Score.multiset(found: d.footnotes.map(\.id), expected: f.present)))
            let linked = d.footnotes.filter { $0.marker != nil }.map(\.id)
            let missingMarkers = d.diagnostics.filter { $0.code == "missing-footnote" }.compactMap { markerID($0) }
            r.scores.append(("markers", Score.multiset(found: linked + missingMarkers, expected: f.markersInBody)))
            if let lost = f.missingText {
                r.scores.append(("missing_footnotes", Score.multiset(found: missingMarkers, expected: lost)))
            }
        }
        if let body = g.bodyText {
            let wer = WordErrorRate.compute(hypothesis: d.text, reference: body)
            r.ratios.append(("body_wer", wer.rate, "\(wer.errors)/\(wer.words) words"))
        }
        if let texts = g.footnoteTexts, !texts.isEmpty {
            var exact = 0
            for (key, expected) in texts {
                let got = Int(key).flatMap { d.footnote($0)?.text }
                if let got, collapse(got) == collapse(expected) { exact += 1 }
                else { r.findings.append("footnote \(key) differs: \(got ?? "<missing>")") }
            }
            r.ratios.append(("footnotes_exact", Double(exact) / Double(texts.count), "\(exact)/\(texts.count)"))
        }
        if let acts = g.acts { evaluateActs(d, acts, g.notActs ?? [], &r) }
        if let mentions = g.mentions { evaluateMentions(d, mentions, &r) }
        if let diags = g.citationDiagnostics { evaluateDiagnostics(d, diags, &r) }
    }

    private func markerID(_ d: Diagnostic) -> Int? {
        // "footnote marker 3 has no footnote text"
        let parts = d.message.split(separator: " ")
        guard parts.count > 2 else { return nil }
        return Int(parts[2])
    }

    func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    private func field(_ a: ActReference, _ name: String) -> String? {
        name == "type" ? a.type.rawValue : field(ActFields(a), name)
    }

    private func field(_ a: Gold.GoldAct, _ name: String) -> String? {
        name == "type" ? a.type : field(ActFields(a), name)
    }

    /// The scored string fields an extracted act and a gold act have in common.
    private struct ActFields {
        var jurisdiction, date, number, title, url, accessed: String?
        init(_ a: ActReference) {
            (jurisdiction, date, number, title, url, accessed) = (a.jurisdiction, a.date, a.number, a.title, a.url, a.accessed)
        }
        init(_ a: Gold.GoldAct) {
            (jurisdiction, date, number, title, url, accessed) = (a.jurisdiction, a.date, a.number, a.title, a.url, a.accessed)
        }
    }

    private func field(_ a: ActFields, _ name: String) -> String? {
        switch name {
        case "jurisdiction": a.jurisdiction
        case "date": a.date
        case "number": a.number
        case "title": a.title.map(collapse)
        case "url": a.url
        case "accessed": a.accessed
        default: nil
        }
    }

    private func evaluateActs(_ d: Document, _ gold: [Gold.GoldAct], _ notActs: [Gold.NotAct], _ r: inout Report) {
        let citations = d.acts.filter { $0.isCitation && $0.footnote != nil }
        var used = Set<Int>()
        var matched = [(Gold.GoldAct, ActReference)]()
        var missed = [Gold.GoldAct]()
        for g in gold {
            // Best unused citation in the same footnote, by the number of agreeing fields.
            var best: (Int, Int)? = nil
            for (k, a) in citations.enumerated() where !used.contains(k) && a.footnote == g.footnote {
                let agree = Self.actFields.filter { field(a, $0) == field(g, $0) }.count
                if agree >= 2, best == nil || agree > best!.1 { best = (k, agree) }
            }
            if let (k, _) = best {
                used.insert(k)
                matched.append((g, citations[k]))
            } else {
                missed.append(g)
                r.findings.append("act missed: footnote \(g.footnote.map(String.init) ?? "-") \(g.type) \(g.number ?? "") \(g.date ?? "")")
            }
        }
        let extra = citations.enumerated().filter { !used.contains($0.offset) }.map(\.element)
        for a in extra {
            r.findings.append("act not in gold: footnote \(a.footnote.map(String.init) ?? "-") \(a.type.rawValue) \(a.number ?? "") \(a.date ?? "")")
        }
        r.scores.append(("acts", Score(truePositives: matched.count, falsePositives: extra.count, falseNegatives: missed.count)))
        var right = 0, total = 0
        for (g, a) in matched {
            for name in Self.actFields {
                let expected = field(g, name)
                if expected == nil && (name == "url" || name == "accessed") && g.notes != nil { continue }
                total += 1
                if field(a, name) == expected { right += 1 }
                else { r.findings.append("footnote \(g.footnote.map(String.init) ?? "-") \(name): got \(field(a, name) ?? "null"), want \(expected ?? "null")") }
            }
        }
        total += missed.count * Self.actFields.count
        r.ratios.append(("act_fields", total == 0 ? 1 : Double(right) / Double(total), "\(right)/\(total)"))
        let bookNotes = Set(notActs.compactMap(\.footnote))
        let falseBooks = citations.filter { bookNotes.contains($0.footnote ?? -1) }.count
        r.ratios.append(("not_acts_clean", falseBooks == 0 ? 1 : 0, "\(falseBooks) act(s) reported in non-act footnotes"))
        // act_id: gold acts with the same (type, date, number) must share one id, others must not.
        var groups = [String: Set<String>]()
        for (g, a) in matched { groups["\(g.type)|\(g.date ?? "")|\(g.number ?? "")", default: []].insert(a.actID) }
        let consistent = groups.values.filter { $0.count == 1 }.count
        let distinctIDs = Set(groups.values.compactMap(\.first)).count
        r.ratios.append(("act_id_consistent", groups.isEmpty ? 1 : Double(consistent) / Double(groups.count),
                         "\(consistent)/\(groups.count) acts, \(distinctIDs) distinct ids"))
    }

    private static let codeForKind = ["url_mismatch": "url-mismatch", "unbalanced_quotes": "unbalanced-quotes",
                                      "missing_footnote": "missing-footnote", "orphan_footnote": "orphan-footnote"]

    /// Two measures: `diagnostics` compares the errors reported with the defects the gold file
    /// lists as errors; `defects` compares every diagnostic, whatever its severity, with every
    /// defect listed (planted warnings and notes included).
    private func evaluateDiagnostics(_ d: Document, _ gold: [Gold.GoldDiagnostic], _ r: inout Report) {
        struct Key: Hashable { var code: String; var footnote: Int? }
        var expected = [Key](), expectedErrors = [Key]()
        for g in gold {
            let code = Self.codeForKind[g.kind] ?? g.kind.replacingOccurrences(of: "_", with: "-")
            let keys = g.footnotes.map { $0.map { Key(code: code, footnote: $0) } } ?? [Key(code: code, footnote: g.footnote)]
            expected += keys
            if (g.severity ?? "error") == "error" { expectedErrors += keys }
        }
        func key(_ x: Diagnostic) -> Key {
            x.code == "missing-footnote" ? Key(code: x.code, footnote: markerID(x)) : Key(code: x.code, footnote: x.footnote)
        }
        let found = d.diagnostics.filter { $0.severity == .error }.map(key)
        r.scores.append(("diagnostics", Score.multiset(found: found, expected: expectedErrors)))
        let all = d.diagnostics.map(key)
        r.scores.append(("defects", Score.multiset(found: all, expected: expected)))
        let expectedSet = Set(expected)
        for f in all where !expectedSet.contains(f) { r.findings.append("unexpected diagnostic: \(f.code) footnote \(f.footnote.map(String.init) ?? "-")") }
        let foundSet = Set(all)
        for e in expected where !foundSet.contains(e) { r.findings.append("missed diagnostic: \(e.code) footnote \(e.footnote.map(String.init) ?? "-")") }
    }

    private func evaluateDates(_ d: Document, _ gold: DatesGold, _ r: inout Report) {
        struct Key: Hashable { var value: String?; var until: String? }
        let required = gold.dates.filter { $0.optional == nil }.map { Key(value: $0.value, until: $0.until) }
        let optional = gold.dates.filter { $0.optional != nil }.map { Key(value: $0.value, until: $0.until) }
        var remainingOptional = [Key: Int]()
        for o in optional { remainingOptional[o, default: 0] += 1 }
        var requiredLeft = [Key: Int]()
        for q in required { requiredLeft[q, default: 0] += 1 }
        var found = [Key]()
        for x in d.dates {
            let k = Key(value: x.value, until: x.until)
            if let n = requiredLeft[k], n > 0 { requiredLeft[k] = n - 1; found.append(k); continue }
            if let n = remainingOptional[k], n > 0 { remainingOptional[k] = n - 1; continue }
            found.append(k)
            r.findings.append("date not in gold: \(x.text) → \(x.value ?? "nil")\(x.until.map { "/" + $0 } ?? "")")
        }
        let s = Score.multiset(found: found, expected: required)
        for (k, n) in requiredLeft where n > 0 { r.findings.append("date missed ×\(n): \(k.value ?? "nil")\(k.until.map { "/" + $0 } ?? "")") }
        r.scores.append(("dates", s))
    }
}
