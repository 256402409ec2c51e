/// A problem found in a document, reported like a compiler diagnostic.
public struct Diagnostic: Sendable, Equatable {
    /// How serious the problem is.
    public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Stable, documented code (`url-mismatch`, `missing-footnote`, ...).
    public var code: String
    /// Severity.
    public var severity: Severity
    /// Human-readable message.
    public var message: String
    /// Footnote the problem is in, or `nil` for the body.
    public var footnote: Int?
    /// 1-based line in the input file as given, if known.
    public var line: Int?
    /// 1-based column (Unicode scalars) in the input file as given, if known.
    public var column: Int?
    /// Span in the cleaned text (body or footnote) the problem is about, if any.
    public var span: Span?
    /// A mechanical correction, for purely stylistic findings (`lexcyr lint --fix`).
    public var fix: Fix?

    /// Creates a diagnostic.
    public init(code: String, severity: Severity, message: String, footnote: Int? = nil,
                line: Int? = nil, column: Int? = nil, span: Span? = nil, fix: Fix? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.footnote = footnote
        self.line = line
        self.column = column
        self.span = span
        self.fix = fix
    }

    /// A replacement that corrects a finding: `replacement` in place of the scalars at `span`.
    public struct Fix: Sendable, Equatable {
        /// The scalars to replace, in the same text as the diagnostic's span (body or footnote).
        public var span: Span
        /// The text to put in their place.
        public var replacement: String
        /// The same scalars in the decoded input (scalar offsets), filled in by the pipeline only
        /// when the cleaned text maps back onto the input one-to-one; `nil` means the fix cannot be
        /// applied to the input safely.
        public var source: Span?

        /// Creates a fix.
        public init(span: Span, replacement: String, source: Span? = nil) {
            self.span = span
            self.replacement = replacement
            self.source = source
        }
    }
}
