import LexCyrCore

/// A citation rule: its stable code, its severity and what it checks.
///
/// Codes are part of the output contract: tools match on them (`[url-mismatch]`, SARIF
/// `ruleId`), so they never change once published.
public struct LintRule: Sendable, Equatable {
    /// Stable code (`url-mismatch`).
    public let code: String
    /// Severity of every finding of this rule.
    public let severity: Diagnostic.Severity
    /// One line saying what the rule checks.
    public let summary: String

    /// Creates a rule.
    public init(code: String, severity: Diagnostic.Severity, summary: String) {
        self.code = code
        self.severity = severity
        self.summary = summary
    }

    /// A finding of this rule.
    func diagnostic(_ message: String, footnote: Int?, span: Span, fix: Diagnostic.Fix? = nil) -> Diagnostic {
        Diagnostic(code: code, severity: severity, message: message, footnote: footnote, span: span, fix: fix)
    }
}

/// A check run by ``CitationLinter``: one rule, one pass over the document.
protocol CitationCheck: Sendable {
    /// The rule the check reports under.
    static var rule: LintRule { get }
    /// The findings in `context`.
    func run(_ context: LintContext) -> [Diagnostic]
}

extension CitationCheck {
    var rule: LintRule { Self.rule }
}
