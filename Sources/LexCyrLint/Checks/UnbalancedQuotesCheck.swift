import LexCyrCore

/// `unbalanced-quotes`: a quotation mark in a footnote that never closes (`«О местном
/// управлении // ИПС «Әділет»…`) or closes nothing.
///
/// A footnote that breaks off inside its title (`… № 130 «О проведении выборов акимов райо-`,
/// no source after the mark, no final punctuation) was cut by a page break the cleaner could not
/// join: its open mark is the truncation's, not the author's, and is not reported.
struct UnbalancedQuotesCheck: CitationCheck {
    static let rule = LintRule(code: "unbalanced-quotes", severity: .error,
                               summary: "A title's « » or \" \" do not close (or close nothing).")

    private static let sourceMarks: [[Unicode.Scalar]] = ["//", "URL", "http"].map { Array($0.unicodeScalars) }

    func run(_ c: LintContext) -> [Diagnostic] {
        c.notes.flatMap { note in
            note.quotes.issues.compactMap { issue -> Diagnostic? in
                if issue.problem == .unclosed, Self.breaksOff(note.scalars, after: issue.offset) { return nil }
                let message = switch issue.problem {
                case .unclosed: "\(issue.mark) opened here is never closed"
                case .unopened: "\(issue.mark) closes a quotation that was never opened"
                }
                return rule.diagnostic(message, footnote: note.id, span: Span(start: issue.offset, end: issue.offset + 1))
            }
        }
    }

    /// `true` when the text after `i` is a bare phrase cut short: no source, and it ends on a
    /// letter, a hyphen or a comma.
    private static func breaksOff(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        var end = s.count
        while end > i + 1, Scalars.isSpace(s[end - 1]) || s[end - 1] == "\n" { end -= 1 }
        guard end > i + 1, Scalars.isLetter(s[end - 1]) || s[end - 1] == "-" || s[end - 1] == "," else { return false }
        return !sourceMarks.contains { Scalars.find($0, in: s, (i + 1)..<end) != nil }
    }
}
