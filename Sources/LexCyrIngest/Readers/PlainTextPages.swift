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
        var lines = [Line]()
        var start = 0, page = 0
        for i in 0...s.count {
            guard i == s.count || s[i] == "\n" || s[i] == "\u{0C}" else { continue }
            var a = start, b = i
            while a < b, s[a] == " " { a += 1 }
            while b > a, s[b - 1] == " " { b -= 1 }
            if i > start || i == s.count || s[i] == "\n" { lines.append(Line(range: a..<b, page: page)) }
            if i < s.count, s[i] == "\u{0C}" { page += 1 }
            start = i + 1
        }
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
        for m in markers(r, s) where marked[m] == nil { marked[m] = line }
    }

    /// The footnote markers in `s[r]`: numbers of up to three digits glued to a word and
    /// followed by no letter or digit (`значения8 ,`).
    static func markers(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> [Int] {
        var out = [Int]()
        var i = r.lowerBound + 1
        while i < r.upperBound {
            guard s[i].asciiDigit != nil, s[i - 1].isLetter else { i += 1; continue }
            var e = i, m = 0
            while e < r.upperBound, let d = s[e].asciiDigit, e - i < 3 { m = m * 10 + d; e += 1 }
            if e == r.upperBound || !(s[e].isLetter || s[e].asciiDigit != nil) { out.append(m) }
            i = e
        }
        return out
    }

    /// `true` when line `k` holds a number alone (a page number, a footnote number).
    func isNumber(_ k: Int, _ s: [Unicode.Scalar]) -> Bool {
        let r = lines[k].range
        return !r.isEmpty && r.count <= 4 && r.allSatisfy { s[$0].asciiDigit != nil }
    }
}
