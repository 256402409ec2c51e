/// A structural block of the cleaned body text.
public struct Block: Sendable, Equatable {
    /// What role the block plays in the article.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case title, authors, abstract, keywords, heading, paragraph, references
    }

    /// The block's role.
    public var kind: Kind
    /// ISO 639-1 language code of the block (`ru`, `kk`, `en`), or `und` when unknown.
    public var lang: String
    /// Start offset (Unicode scalars) into ``Document/text``.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int

    /// Creates a block.
    public init(kind: Kind, lang: String, start: Int, end: Int) {
        self.kind = kind
        self.lang = lang
        self.start = start
        self.end = end
    }
}

/// A footnote and the in-text marker that points to it.
public struct Footnote: Sendable, Equatable {
    /// The footnote's number as printed.
    public var id: Int
    /// The footnote's cleaned text (dehyphenated, URLs rejoined, whitespace collapsed).
    public var text: String
    /// Span of the marker in the body text: an empty range at the place the marker was removed
    /// from ``Document/text``, or `nil` when no marker points to this footnote.
    public var marker: Span?

    /// Creates a footnote.
    public init(id: Int, text: String, marker: Span?) {
        self.id = id
        self.text = text
        self.marker = marker
    }
}

/// A half-open range of Unicode scalar offsets.
public struct Span: Sendable, Hashable, Codable, Comparable {
    /// First offset.
    public var start: Int
    /// Offset one past the end.
    public var end: Int

    /// Creates a span; `end` must not be smaller than `start`.
    public init(start: Int, end: Int) {
        precondition(end >= start, "Span end \(end) before start \(start)")
        self.start = start
        self.end = end
    }

    /// Number of scalars in the span.
    public var length: Int { end - start }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
