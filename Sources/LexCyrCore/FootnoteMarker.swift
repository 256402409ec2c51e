/// A footnote marker found in the body text, as the cleaner saw it.
///
/// The cleaner strips markers that continue the 1, 2, 3… sequence and links them to their
/// footnotes. A number glued to a word like a marker but *behind* the sequence has
/// `inSequence == false`: when it is the marker of a footnote skipped earlier (printed out of
/// order) it is stripped and linked too; when its footnote already has a marker (a repeat) it is
/// left in the text. The linter reports both as `footnote-order`.
public struct FootnoteMarker: Sendable, Equatable {
    /// The footnote number the marker points to.
    public var id: Int
    /// Where the marker is in ``Document/text``: the empty span where it was removed, or, for a
    /// repeated marker, the span of its digits (which stay in the text).
    public var span: Span
    /// `false` for a number glued like a marker but behind the sequence.
    public var inSequence: Bool

    /// Creates a marker.
    public init(id: Int, span: Span, inSequence: Bool = true) {
        self.id = id
        self.span = span
        self.inSequence = inSequence
    }
}
