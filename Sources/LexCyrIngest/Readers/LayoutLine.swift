/// One line of text on a PDF page, assembled from poppler's runs.
struct LayoutLine: Sendable {
    /// Which part of the page a line belongs to.
    enum Column: Sendable, Equatable {
        /// The whole width (one-column pages, titles and abstracts over two columns).
        case full
        /// Left column of a two-column page.
        case left
        /// Right column of a two-column page.
        case right
    }

    /// Index of the page in the layout (0-based).
    var page: Int
    var column: Column
    var top: Double
    var bottom: Double
    var left: Double
    var right: Double
    /// Font size of the line's main text (superscripts excluded).
    var size: Double
    /// `true` when the main text is bold.
    var bold: Bool
    /// The text; superscript numbers are glued to the word before them (`Казахстан1`).
    var text: [Unicode.Scalar]
    /// A superscript number the line starts with (a footnote's number), if any.
    var leadingSuperscript: Int?
    /// Superscript numbers inside the line (footnote markers).
    var markers: [Int] = []

    var height: Double { bottom - top }
    var center: Double { (left + right) / 2 }
}
