import LexCyrCore

/// `url-mismatch`: the URL contradicts the act it is given for — the official code's type letter,
/// year or number differ from the citation, or the same document URL is given for two different
/// acts. One finding per citation, naming every reason.
struct URLMismatchCheck: CitationCheck {
    static let rule = LintRule(code: "url-mismatch", severity: .error,
                               summary: "The URL points to another act: its code's type, year or number differ from the citation, or the same URL is given for two different acts.")

    func run(_ c: LintContext) -> [Diagnostic] {
        let all = c.citations
        var reasons = all.map { item -> [String] in
            let act = item.citation.act
            return act.urlCode.flatMap(AdiletCode.init)?.contradictions(with: act) ?? []
        }
        // Citations by the document their URL names, groups in order of first appearance.
        var groupOf = [DocumentKey: Int]()
        var groups = [[Int]]()
        for (k, item) in all.enumerated() {
            guard let key = Self.documentKey(item.citation.act.urlCode, url: item.citation.act.url) else { continue }
            if let g = groupOf[key] {
                groups[g].append(k)
            } else {
                groupOf[key] = groups.count
                groups.append([k])
            }
        }
        for members in groups {
            let first = all[members[0]].citation
            let others = members.filter { Self.differ(all[$0].citation.act, first.act) }
            guard !others.isEmpty else { continue }
            // Blame the citations the code contradicts; when the code proves nothing, the later ones.
            let contradicted = members.filter { !reasons[$0].isEmpty }
            for k in contradicted.isEmpty ? others : contradicted {
                guard let twin = members.first(where: { $0 != k && Self.differ(all[$0].citation.act, all[k].citation.act) }) else { continue }
                reasons[k].append("the same URL is given for \(all[twin].citation.label) in footnote \(all[twin].note.id)")
            }
        }
        return all.enumerated().compactMap { k, item in
            guard !reasons[k].isEmpty else { return nil }
            let citation = item.citation
            let at = item.note.find(citation.act.url, in: citation) ?? citation.actSpan
            return rule.diagnostic("URL does not match \(citation.label): " + reasons[k].joined(separator: "; "),
                                   footnote: item.note.id, span: at)
        }
    }

    /// Two references are to different acts when their numbers or their dates differ (two
    /// citations of one constitution never do). A number
    /// is compared up to its first hyphen or space (`148` and `148-II`, `416-V` and `416-V ЗРК`
    /// are one law), a date at the precision both are written (`2001` and `2001-01-23` agree).
    static func differ(_ a: ActReference, _ b: ActReference) -> Bool {
        // A state has one constitution: two citations of it differ only in the edition they date.
        if a.type == .constitution, b.type == .constitution { return a.jurisdiction != b.jurisdiction && a.jurisdiction != nil && b.jurisdiction != nil }
        if let x = a.number, let y = b.number, !sameStem(x, y) { return true }
        if let x = a.date, let y = b.date, !x.unicodeScalars.starts(with: y.unicodeScalars), !y.unicodeScalars.starts(with: x.unicodeScalars) {
            return true
        }
        return false
    }

    /// `true` when `x` and `y` agree, case aside, up to their first space or hyphen.
    private static func sameStem(_ x: String, _ y: String) -> Bool {
        func isEnd(_ c: Unicode.Scalar) -> Bool { Scalars.isSpace(c) || c == "-" || c == "–" }
        var i = x.unicodeScalars.makeIterator(), j = y.unicodeScalars.makeIterator()
        while true {
            let c = i.next().flatMap { isEnd($0) ? nil : $0 }, d = j.next().flatMap { isEnd($0) ? nil : $0 }
            guard let c, let d else { return c == nil && d == nil }
            if Scalars.lower(c) != Scalars.lower(d) { return false }
        }
    }

    /// The document a URL names.
    enum DocumentKey: Hashable {
        /// A portal's document code.
        case code(portal: String, code: String)
        /// The URL without scheme, `www.` and fragment.
        case address(String)
    }

    /// A key naming the document a URL points to, when the URL names one document: the portal
    /// code, or the URL without scheme, `www.` and fragment when it carries a document number.
    /// Shared pages (a PDF collection, a site's front page) give no key.
    static func documentKey(_ urlCode: ActURLCode?, url: String?) -> DocumentKey? {
        if let code = urlCode { return .code(portal: code.portal, code: code.code) }
        // Only a run of four digits names a document: most URLs are decided without a string built.
        guard let url, hasFourDigits(url) else { return nil }
        var s = Substring(url.lowercased())
        if let hash = s.firstIndex(of: "#") { s = s[..<hash] }
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        while s.hasSuffix("/") { s = s.dropLast() }
        guard !s.hasSuffix(".pdf"), let slash = s.firstIndex(of: "/") else { return nil }
        var run = 0, longest = 0
        for u in s[slash...].unicodeScalars {
            run = Scalars.digit(u) != nil ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest >= 4 ? .address(String(s)) : nil
    }

    /// `true` when `text` has four ASCII digits in a row.
    private static func hasFourDigits(_ text: String) -> Bool {
        var run = 0
        for b in text.utf8 {
            run = b &- 0x30 < 10 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }
}
