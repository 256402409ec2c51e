import LexCyrCore
import LexCyrUnicode

/// A piece of cleaned text the extractors work on: the body or one footnote.
public struct TextUnit: Sendable {
    /// The text, one element per Unicode scalar; spans are offsets into this array.
    public let scalars: [Unicode.Scalar]
    /// The footnote number, or `nil` for the body.
    public let footnote: Int?
    /// ICU word-break tokens tiling ``scalars``.
    public let tokens: [Token]

    /// Creates a unit, tokenizing `scalars` with `tokenizer`.
    public init(scalars: [Unicode.Scalar], footnote: Int?, tokenizer: Tokenizer) {
        self.scalars = scalars
        self.footnote = footnote
        self.tokens = tokenizer.tokenize(scalars)
    }

    /// Creates a unit from a string (handy in tests).
    public init(_ string: String, footnote: Int? = nil, tokenizer: Tokenizer) {
        self.init(scalars: Array(string.unicodeScalars), footnote: footnote, tokenizer: tokenizer)
    }

    /// The text of `range` as a `String` (encoded to UTF-8 in one pass).
    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }
}

/// Where a footnote marker sits in the body: footnote `id` at body offset `offset`.
public struct MarkerPosition: Sendable, Equatable {
    /// Footnote number.
    public var id: Int
    /// Offset in the body text where the marker was.
    public var offset: Int
    /// Creates a marker position.
    public init(id: Int, offset: Int) {
        self.id = id
        self.offset = offset
    }
}
