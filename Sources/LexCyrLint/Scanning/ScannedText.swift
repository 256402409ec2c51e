/// A text the checks read, scanned once: its scalars, where its marks, signs and digits stand,
/// its quotation marks and its full dates.
///
/// The body and every footnote are scanned by this one initializer; ``LintContext/Note`` adds a
/// footnote's number and citations. A class, so that the checks share it for one retain.
class ScannedText {
    /// The text.
    let scalars: [Unicode.Scalar]
    /// Where its marks, signs and digits stand.
    let landmarks: Landmarks
    /// Its quotation marks.
    let quotes: QuoteScan
    /// Its full dates.
    let dates: [ScannedDate]

    /// How quotation marks are paired.
    enum QuoteScope {
        /// Over the whole text (a footnote).
        case whole
        /// Paragraph by paragraph, so that one unclosed quote does not swallow the rest (the body).
        case paragraphs
    }

    /// Scans `scalars`, pairing quotation marks over `scope`.
    init(_ scalars: [Unicode.Scalar], quotes scope: QuoteScope) {
        self.scalars = scalars
        let landmarks = Landmarks(scalars)
        self.landmarks = landmarks
        switch scope {
        case .whole:
            quotes = QuoteScan(scalars, marks: landmarks.quoteMarks, range: 0..<scalars.count)
        case .paragraphs:
            quotes = QuoteScan(scalars, marks: landmarks.quoteMarks, ranges: landmarks.paragraphs(count: scalars.count))
        }
        dates = DateScanner.scan(scalars, digitRuns: landmarks.digitRuns)
    }
}
