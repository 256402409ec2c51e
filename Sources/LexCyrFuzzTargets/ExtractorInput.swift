import LexCyrExtract
import LexCyrUnicode

/// Cleaned text as the extractors and the linter receive it, read from a fuzz input.
///
/// The input is UTF-8 text (invalid bytes read as U+FFFD). A form feed (U+000C) separates the
/// body from the footnotes and the footnotes from each other: footnote 1, 2, … in order. In the
/// body each U+0001 marks where the next footnote's marker stood (the cleaner removes a marker's
/// digits and reports that offset); U+0001 in a footnote is dropped. `tools/fuzzers`' `FuzzSeeds`
/// writes the corpus, cleaned, in this form.
public struct ExtractorInput: Sendable {
    /// The body, without the marker signs.
    public var body: [Unicode.Scalar] = []
    /// Footnote texts: footnote `k + 1` is `notes[k]`.
    public var notes: [[Unicode.Scalar]] = []
    /// Marker positions in the body, numbered 1, 2, … in order of appearance.
    public var markers: [MarkerPosition] = []

    /// Separates the body and the footnotes.
    public static let separator: Unicode.Scalar = "\u{0C}"
    /// Marks a footnote marker's place in the body.
    public static let marker: Unicode.Scalar = "\u{01}"

    /// Reads `bytes`.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var current = [Unicode.Scalar]()
        current.reserveCapacity(bytes.count)
        var inBody = true
        for s in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if s == Self.separator {
                if inBody { body = current } else { notes.append(current) }
                inBody = false
                current.removeAll(keepingCapacity: true)
            } else if s == Self.marker {
                if inBody { markers.append(MarkerPosition(id: markers.count + 1, offset: current.count)) }
            } else {
                current.append(s)
            }
        }
        if inBody { body = current } else { notes.append(current) }
    }

    /// The body and the footnotes as tokenized units.
    public func units(tokenizer: Tokenizer) -> (body: TextUnit, notes: [TextUnit]) {
        (TextUnit(scalars: body, footnote: nil, tokenizer: tokenizer),
         notes.enumerated().map { TextUnit(scalars: $1, footnote: $0 + 1, tokenizer: tokenizer) })
    }
}
