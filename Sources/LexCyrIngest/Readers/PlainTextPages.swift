/// The lines and pages of `pdftotext` output (pages end at form feeds), with the lines that
/// start footnotes: what the repairs of its default mode look at.
struct PlainTextPages {
    /// One line: its content range (without surrounding spaces) and its page.
    struct Line {
        var range: Range<Int>
        var page: Int
    }

    /// The lines, split at LF; a form feed starts a page.
    let lines: [Line]
    /// Lines that start footnotes, in order (see ``noteStart(_:_:)``).
    let noteStarts: [Int]
    /// For each line that starts a footnote, the footnote's number.
    let noteNumbers: [Int: Int]
    /// For each number seen as a marker glued to a word (`значения8 ,`), the first line it is on.
    let markerLines: [Int: Int]

    /// Splits `s`.
    init(_ s: [Unicode.Scalar]) {
        let lines = Self.split(s)
        self.lines = lines
        var marked = [Int: Int]()
        var starts = [Int](), numbers = [Int: Int]()
        var last = 0
        for (k, l) in lines.enumerated() where !l.range.isEmpty {
            if let n = Self.leadingNumber(l.range, s), n > last, marked[n] != nil {
                starts.append(k)
                numbers[k] = n
                last = n
            }
            Self.collectMarkers(l.range, s, line: k, into: &marked)
        }
        noteStarts = starts
        noteNumbers = numbers
        markerLines = marked
    }

    /// The lines of `s`, split at LF; a form feed starts a page (and ends a line that has text
    /// before it). Breaks are found eight scalars at a time.
    private static func split(_ s: [Unicode.Scalar]) -> [Line] {
        s.withUnsafeBufferPointer { b in
            var lines = [Line]()
            lines.reserveCapacity(b.count / 40)
            var start = 0, page = 0, from = 0
            while true {
                // Line feed (0A) or form feed (0C); a vertical tab (0B) found on the way is text.
                let i = b.firstIndex(ofValuesIn: 0x0A...0x0C, in: from..<b.count) ?? b.count
                if i < b.count, b[i].value == 0x0B { from = i + 1; continue }
                var a = start, e = i
                while a < e, b[a] == " " { a += 1 }
                while e > a, b[e - 1] == " " { e -= 1 }
                if i > start || i == b.count || b[i] == "\n" { lines.append(Line(range: a..<e, page: page)) }
                if i == b.count { return lines }
                if b[i] == "\u{0C}" { page += 1 }
                start = i + 1
                from = start
            }
        }
    }

    /// The number that opens a footnote line: standing alone (`8`) or before its text
    /// (`2 Там же.`, not `16 января`-like lower-case text).
    static func leadingNumber(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Int? {
        var j = r.lowerBound, n = 0
        while j < r.upperBound, j - r.lowerBound < 3, let d = s[j].asciiDigit { n = n * 10 + d; j += 1 }
        guard j > r.lowerBound else { return nil }
        if j == r.upperBound { return n }
        guard s[j] == " ", j + 1 < r.upperBound, !s[j + 1].isLowerLetter, s[j + 1].asciiDigit == nil else { return nil }
        return n
    }

    /// Adds the markers of `r` (see ``markers(_:_:)``), with the first line they are on.
    private static func collectMarkers(_ r: Range<Int>, _ s: [Unicode.Scalar], line: Int, into marked: inout [Int: Int]) {
        forEachMarker(r, s) { m in if marked[m] == nil { marked[m] = line } }
    }

    /// The footnote markers in `s[r]`: numbers of up to three digits glued to a word and
    /// followed by no letter or digit (`значения8 ,`).
    static func markers(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> [Int] {
        var out = [Int]()
        forEachMarker(r, s) { out.append($0) }
        return out
    }

    /// Calls `body` with each footnote marker of `s[r]` (see ``markers(_:_:)``), in order,
    /// without collecting them: most lines have none.
    @inline(__always)
    private static func forEachMarker(_ r: Range<Int>, _ s: [Unicode.Scalar], _ body: (Int) -> Void) {
        s.withUnsafeBufferPointer { s in
            var i = r.lowerBound + 1
            while i < r.upperBound {
                // Digits are rare: sought eight scalars at a time.
                guard let d = s.firstIndex(ofValuesIn: 0x30...0x39, in: i..<r.upperBound) else { return }
                i = d
                guard s[i - 1].isLetter else { i += 1; continue }
                var e = i, m = 0
                while e < r.upperBound, let d = s[e].asciiDigit, e - i < 3 { m = m * 10 + d; e += 1 }
                if e == r.upperBound || !(s[e].isLetter || s[e].asciiDigit != nil) { body(m) }
                i = e
            }
        }
    }

    /// `true` when line `k` holds a number alone (a page number, a footnote number).
    func isNumber(_ k: Int, _ s: [Unicode.Scalar]) -> Bool {
        let r = lines[k].range
        return !r.isEmpty && r.count <= 4 && r.allSatisfy { s[$0].asciiDigit != nil }
    }
}
