/// One unit of a citation as the parsers see it: a word, a date, an act number, a quoted title,
/// a bracketed group, `//`, a URL or a punctuation mark. Quotes and groups are opaque: their
/// content is scanned separately when a parser needs it.
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
    /// Date (ISO), act number, or URL.
    var value: String? = nil
    /// A date with the year only.
    var yearOnly = false
    /// White space separates this piece from the previous one.
    var spaceBefore = false
    /// The scalar of a mark, or the opening scalar of a quote or group.
    var mark: Unicode.Scalar? = nil
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
        let s = view.scalars
        var i = view.firstToken(atOrAfter: range.lowerBound)
        var space = false
        while i < view.tokens.count, view.tokens[i].start < range.upperBound {
            let t = view.tokens[i]
            if view.isSpace(i) { space = true; i += 1; continue }
            var p = Piece(kind: .mark, range: t.start..<t.end, token: i, spaceBefore: space)
            var next = i + 1
            if t.kind == .word, let u = URLReader.read(view, at: i) {
                p.kind = .url; p.range = u.range; p.value = u.value
                next = view.firstToken(atOrAfter: u.range.upperBound)
            } else if NumberReader.isSign(view, i), let n = NumberReader.read(view, at: i) {
                p.kind = .actNumber; p.value = n.value
                p.range = t.start..<view.tokens[n.end - 1].end
                next = n.end
            } else if t.kind == .number, let d = DateReader.read(view, at: i) {
                // An impossible date stays an opaque number: neither it nor its year is a date.
                p.kind = d.impossible ? .number : .date
                p.value = d.impossible ? nil : d.iso
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
