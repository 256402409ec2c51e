/// One unit of a citation as the parsers see it: a word, a date, an act number, a quoted title,
/// a bracketed group, `//`, a URL or a punctuation mark. Quotes and groups are opaque: their
/// content is scanned separately when a parser needs it.
///
/// A piece is plain data (no `String`): copying one costs no reference counting, and the text
/// of a value is built only for the pieces that end up in a record (``value(_:)``).
struct Piece: Equatable {
    enum Kind: Equatable {
        case word, number, date, actNumber, quote, group, slashes, url, mark
    }

    /// What the piece is.
    var kind: Kind
    /// Scalar range, delimiters included.
    var range: Range<Int>
    /// First token of the piece.
    var token: Int
    /// Content of a quote or group (without the delimiters; for an unclosed quote, up to where it stops).
    var inner: Range<Int>? = nil
    /// `false` for a quote or group whose closing scalar is missing.
    var closed = true
    /// Where the text of an act number or a URL is (without the number sign; a URL's whole
    /// length even when the piece is cut at the end of the range scanned).
    var valueRange: Range<Int>? = nil
    /// The date of a date piece.
    var date: DateValue? = nil
    /// A date with the year only.
    var yearOnly = false
    /// White space separates this piece from the previous one.
    var spaceBefore = false
    /// The scalar of a mark, or the opening scalar of a quote or group.
    var mark: Unicode.Scalar? = nil

    /// The date (ISO 8601), act number or URL of the piece, in the text `scalars` it was cut from.
    func value(_ scalars: [Unicode.Scalar]) -> String? {
        if let date { return date.iso }
        return valueRange.map { Fold.string(scalars, $0) }
    }
}

/// Turns a range of a unit into ``Piece``s (the "tokenise" step of citation parsing).
struct PieceScanner {
    /// The unit's text and tokens.
    let view: TokenView
    /// Brackets make opaque groups; when `false` they are marks (in running text a mention may
    /// sit inside parentheses that open before it).
    var groups = true

    /// The pieces of `range`.
    func scan(_ range: Range<Int>) -> [Piece] {
        var pieces = [Piece]()
        // About one piece for every two tokens (words and marks, with spaces between them): a
        // word and its space take some eight scalars, punctuation fewer.
        pieces.reserveCapacity(range.count / 4 + 4)
        let s = view.scalars
        var i = view.firstToken(atOrAfter: range.lowerBound)
        var space = false
        while i < view.tokens.count, view.tokens[i].start < range.upperBound {
            let t = view.tokens[i]
            if view.isSpace(i) { space = true; i += 1; continue }
            var p = Piece(kind: .mark, range: t.start..<t.end, token: i, spaceBefore: space)
            var next = i + 1
            if t.kind == .word, URLReader.mayStart(s[t.start]), let u = URLReader.read(view, at: i) {
                p.kind = .url; p.range = u.range; p.valueRange = u.range
                next = view.firstToken(atOrAfter: u.range.upperBound)
            } else if s[t.start] == "№" || s[t.start] == "N", NumberReader.isSign(view, i), let n = NumberReader.read(view, at: i) {
                p.kind = .actNumber; p.valueRange = n.valueRange
                p.range = t.start..<view.tokens[n.end - 1].end
                next = n.end
            } else if t.kind == .number, let d = DateReader.read(view, at: i) {
                // An impossible date stays an opaque number: neither it nor its year is a date.
                p.kind = d.impossible ? .number : .date
                p.date = d.impossible ? nil : d.value
                p.yearOnly = d.yearOnly
                p.range = t.start..<view.tokens[d.end - 1].end
                next = d.end
            } else if t.kind == .number {
                p.kind = .number
            } else if t.kind == .word || t.kind == .ideographic {
                p.kind = .word
            } else if s[t.start] == "/", i + 1 < view.tokens.count, view.mark(i + 1) == "/" {
                p.kind = .slashes; p.range = t.start..<(t.start + 2)
                next = i + 2
            } else if Brackets.opensQuote(s, t.start) {
                let c = Brackets.quote(s, at: t.start, limit: range.upperBound)
                p.kind = .quote; p.mark = s[t.start]; p.closed = c.close != nil
                p.inner = (t.start + 1)..<trimmed(c.close ?? c.end, from: t.start + 1)
                p.range = t.start..<(c.close.map { $0 + 1 } ?? p.inner!.upperBound)
                next = view.firstToken(atOrAfter: c.end)
            } else if groups, s[t.start] == "(" || s[t.start] == "[" {
                let c = Brackets.group(s, at: t.start, limit: range.upperBound)
                p.kind = .group; p.mark = s[t.start]; p.closed = c.close != nil
                p.inner = (t.start + 1)..<(c.close ?? c.end)
                p.range = t.start..<c.end
                next = view.firstToken(atOrAfter: c.end)
            } else {
                p.mark = s[t.start]
            }
            if p.range.upperBound > range.upperBound { p.range = p.range.lowerBound..<range.upperBound }
            pieces.append(p)
            space = false
            i = max(next, i + 1)
        }
        return pieces
    }

    /// `end` moved back over white space, not before `start`.
    private func trimmed(_ end: Int, from start: Int) -> Int {
        var e = end
        while e > start, Fold.isSpace(view.scalars[e - 1]) { e -= 1 }
        return e
    }
}
