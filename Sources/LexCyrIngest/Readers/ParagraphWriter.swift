/// Collects paragraphs from text, collapsing white space as HTML does.
struct ParagraphWriter {
    /// Finished paragraphs.
    private(set) var paragraphs: [[Unicode.Scalar]] = []
    private var current: [Unicode.Scalar] = []
    private var pendingSpace = false

    /// Adds text; runs of white space become one space unless `preformatted`.
    mutating func text(_ string: String, preformatted: Bool) {
        for s in string.unicodeScalars {
            if preformatted, s == "\n" { lineBreak(); continue }
            if s.properties.isWhitespace && s != "\u{A0}" {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = current.last, last != "\n" { current.append(" ") }
            pendingSpace = false
            current.append(s == "\u{A0}" ? " " : s)
        }
    }

    /// Ends a word (a table cell).
    mutating func space() {
        pendingSpace = true
    }

    /// Appends a footnote number right after the text before it, with no space.
    mutating func glue(_ number: String) {
        pendingSpace = false
        while current.last == " " { current.removeLast() }
        current += number.unicodeScalars
    }

    /// A `<br>`: a new line in the same paragraph.
    mutating func lineBreak() {
        while current.last == " " { current.removeLast() }
        if !current.isEmpty, current.last != "\n" { current.append("\n") }
        pendingSpace = false
    }

    /// Ends the paragraph being written, if it has text.
    mutating func endParagraph() {
        while let last = current.last, last == " " || last == "\n" { current.removeLast() }
        if !current.isEmpty { paragraphs.append(current) }
        current = []
        pendingSpace = false
    }
}
