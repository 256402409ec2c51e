import LexCyrCore

/// Decoded input text ready for cleaning, with the facts about how it was read.
public struct SourceText: Sendable {
    /// The decoded text, one element per Unicode scalar. Offsets in ``MappedText/origins``
    /// point into this array.
    public var scalars: [Unicode.Scalar]
    /// Detected format.
    public var format: SourceFormat
    /// Encoding the bytes were decoded from.
    public var encoding: String
    /// Line index over ``scalars``, for `line:column` diagnostics.
    public var lines: LineIndex
    /// Page breaks known from the layout (scalar offsets where a new page starts), if any.
    public var pageBreaks: [Int]
    /// `true` when a reader that knows the document's structure (PDF layout, HTML) wrote the
    /// text: every blank line then ends a paragraph, whatever the punctuation before it, and
    /// lines without a blank between them belong to one paragraph.
    public var blankLineEndsParagraph: Bool

    /// Creates a source text.
    public init(scalars: [Unicode.Scalar], format: SourceFormat, encoding: String, pageBreaks: [Int] = [],
                blankLineEndsParagraph: Bool = false) {
        self.scalars = scalars
        self.format = format
        self.encoding = encoding
        self.lines = LineIndex(scalars)
        self.pageBreaks = pageBreaks
        self.blankLineEndsParagraph = blankLineEndsParagraph
    }

    /// Creates a source text from a string (format `text`, encoding `UTF-8`).
    public init(_ string: String) {
        self.init(scalars: Array(string.unicodeScalars), format: .text, encoding: "UTF-8")
    }
}
