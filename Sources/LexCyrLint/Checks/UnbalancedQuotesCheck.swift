import LexCyrCore

/// `unbalanced-quotes`: a quotation mark in a footnote that never closes (`«О местном
/// управлении // ИПС «Әділет»…`) or closes nothing.
struct UnbalancedQuotesCheck: CitationCheck {
    static let rule = LintRule(code: "unbalanced-quotes", severity: .error,
                               summary: "A title's « » or \" \" do not close (or close nothing).")

    func run(_ c: LintContext) -> [Diagnostic] {
        c.notes.flatMap { note in
            note.quotes.issues.map { issue in
                let message = switch issue.problem {
                case .unclosed: "\(issue.mark) opened here is never closed"
                case .unopened: "\(issue.mark) closes a quotation that was never opened"
                }
                return rule.diagnostic(message, footnote: note.id, span: Span(start: issue.offset, end: issue.offset + 1))
            }
        }
    }
}
