import LexCyrCore

/// Finds date expressions and periods in Russian, Kazakh and English text and normalises them
/// to ISO 8601.
public struct DateExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Dates in `unit`, in order of appearance.
    public func extract(_ unit: TextUnit) -> [DateMention] {
        []
    }
}
