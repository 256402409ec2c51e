import LexCyrCore

/// Recognises references to legal acts: formal citations in footnotes and mentions in running
/// text, and gives every reference to one act the same `act_id`.
public struct ActExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// References in the body and the footnotes. `markers` tie body positions to footnotes.
    public func extract(body: TextUnit, footnotes: [TextUnit], markers: [MarkerPosition]) -> [ActReference] {
        []
    }
}
