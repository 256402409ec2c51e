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

    /// Creates a diagnostic.
    public init(code: String, severity: Severity, message: String, footnote: Int? = nil,
                line: Int? = nil, column: Int? = nil, span: Span? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.footnote = footnote
        self.line = line
        self.column = column
        self.span = span
    }
}
