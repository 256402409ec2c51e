/// The text of a PDF as poppler places it: pages of positioned text runs.
///
/// Coordinates are poppler's (`pdftohtml -xml`): pixels from the top-left corner of the page,
/// `y` growing downwards.
struct PdfLayout: Sendable {
    /// Pages in order.
    var pages: [Page]

    /// One page.
    struct Page: Sendable {
        /// Page number as poppler gives it (1-based).
        var number: Int
        /// Page width.
        var width: Double
        /// Page height.
        var height: Double
        /// Text runs in the order poppler wrote them.
        var runs: [Run]
    }

    /// A run of text in one font at one position (a word or a line fragment).
    struct Run: Sendable {
        var top: Double
        var left: Double
        var width: Double
        var height: Double
        /// Font size (poppler's `fontspec` size).
        var size: Double
        /// `true` when the run is bold (a `<b>` element or a bold font name).
        var bold: Bool
        /// The text, as Unicode scalars.
        var text: [Unicode.Scalar]

        var right: Double { left + width }
        var bottom: Double { top + height }
    }
}
