import LexCyrCore

extension Evaluator {
    /// Scores the body mentions of acts (`isCitation == false`, no footnote) against the gold
    /// mentions:
    /// - `mentions`: a found mention is right when its span overlaps a gold fragment; a gold
    ///   fragment no mention overlaps is missed; a mention that overlaps no fragment (optional
    ///   ones included) is wrong;
    /// - `mention_fields`: the agreement of type and year (the first four digits of `date`) on
    ///   the matched mentions.
    func evaluateMentions(_ d: Document, _ gold: [Gold.GoldMention], _ r: inout Report) {
        let text = Array(d.text.unicodeScalars)
        let found = d.acts.filter { !$0.isCitation && $0.footnote == nil }
        var used = Set<Int>()
        var cursor = 0
        var tp = 0, fn = 0, right = 0, total = 0
        var covered = [Range<Int>]()
        for g in gold {
            let needle = Array(g.text.unicodeScalars)
            guard let at = Self.find(needle, in: text, from: cursor) ?? Self.find(needle, in: text, from: 0) else {
                r.findings.append("gold mention not in the text: \(g.text)")
                if g.optional != true { fn += 1 }
                continue
            }
            let range = at..<(at + needle.count)
            cursor = range.upperBound
            covered.append(range)
            let candidates = found.indices.filter { !used.contains($0) && found[$0].start < range.upperBound && range.lowerBound < found[$0].end }
            guard let k = candidates.max(by: { overlap(found[$0], range) < overlap(found[$1], range) }) else {
                if g.optional != true {
                    fn += 1
                    r.findings.append("mention missed: \(g.type) \(g.year ?? "-") «\(g.text)»")
                }
                continue
            }
            used.insert(k)
            guard g.optional != true else { continue }
            tp += 1
            let m = found[k]
            let year = m.date.map { String($0.prefix(4)) }
            total += 2
            if m.type.rawValue == g.type { right += 1 } else { r.findings.append("mention «\(g.text)» type: got \(m.type.rawValue), want \(g.type)") }
            if year == g.year { right += 1 } else { r.findings.append("mention «\(g.text)» year: got \(year ?? "null"), want \(g.year ?? "null")") }
        }
        var fp = 0
        for (k, m) in found.enumerated() where !used.contains(k) {
            if covered.contains(where: { m.start < $0.upperBound && $0.lowerBound < m.end }) { continue }
            fp += 1
            r.findings.append("mention not in gold: \(m.type.rawValue) \(m.date ?? "-") «\(m.text)»")
        }
        r.scores.append(("mentions", Score(truePositives: tp, falsePositives: fp, falseNegatives: fn)))
        r.ratios.append(("mention_fields", total == 0 ? 1 : Double(right) / Double(total), "\(right)/\(total)"))
    }

    private func overlap(_ a: ActReference, _ r: Range<Int>) -> Int {
        min(a.end, r.upperBound) - max(a.start, r.lowerBound)
    }

    /// The first index at or after `from` where `needle` occurs in `text`.
    static func find(_ needle: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, text.count >= needle.count, from <= text.count - needle.count else { return nil }
        var i = from
        while i <= text.count - needle.count {
            if text[i] == needle[0], text[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
