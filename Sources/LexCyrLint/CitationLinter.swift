import LexCyrCore

/// Checks the citations of a document the way a compiler checks code.
public struct CitationLinter: Sendable {
    /// The day "today" is for `accessed-in-future`, ISO 8601.
    public var today: String

    /// Creates a linter.
    public init(today: String) {
        self.today = today
    }

    /// Diagnostics for `document`'s citations (spans set; line and column are filled in by the
    /// pipeline).
    public func lint(_ document: Document) -> [Diagnostic] {
        []
    }
}
