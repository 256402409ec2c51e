import LexCyrCore

/// Finds statements of powers in body text: who may do what to whom, on what condition.
public struct PowerExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Powers stated in `body`. `acts` and `markers` let a power point to the act it rests on.
    public func extract(body: TextUnit, acts: [ActReference], markers: [MarkerPosition]) -> [Power] {
        []
    }
}
