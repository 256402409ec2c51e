import LexCyrCore

/// Reflows physical lines into paragraphs: rejoins words hyphenated at line ends, URLs broken
/// over lines, and wrapped lines; starts a new paragraph where the layout says one ends.
struct LineJoiner {
    /// The repaired input scalars the lines point into.
    let s: [Unicode.Scalar]
    /// For each of `s`, its offset in the input: the origins of the joined text.
    let origins: [Int32]
    /// Decides line-end hyphens.
    let dehyphenator: Dehyphenator
    /// Facts of the document's lines, by ``SourceLine/index``.
    let facts: [LineFacts]
    /// When `false`, everything joins into one paragraph (footnotes).
    var splitsParagraphs = true
    /// Length of a full body line, when known: a shorter line ending a sentence ends a paragraph.
    var fullWidth: Int? = nil
    /// `true` when the text comes from a reader that knows the document's paragraphs (PDF
    /// layout, HTML; ``SourceText/blankLineEndsParagraph``): every blank line ends a paragraph,
    /// whatever comes before and after it (a heading never runs on into its first paragraph).
    var blankLineEndsParagraph = false

    /// One physical line of a sequence, with the count of blank lines before it.
    struct Item {
        var line: SourceLine
        var blanksBefore: Int
    }

    /// Joins `items` into paragraphs.
    func join(_ items: [Item]) -> [MappedText] {
        var paragraphs = [MappedText]()
        var current = MappedText()
        // Lines that join into one paragraph (a footnote) are given its room at once.
        if !splitsParagraphs { current.reserveCapacity(items.reduce(0) { $0 + $1.line.range.count + 1 }) }
        var prev: SourceLine? = nil
        var inHeading = false
        var midURL = false
        for item in items {
            let line = item.line
            guard !line.isBlank else { continue }
            var contentStart = line.range.lowerBound
            if let p = prev {
                let joined = relation(p, line, blanks: item.blanksBefore, inHeading: inHeading, midURL: midURL)
                midURL = joined == .url
                switch joined {
                case .hyphenBreak(let keep):
                    current.trimTrailing { $0 == " " }
                    if !keep { current.trimTrailing { $0 == "-" } }
                case .url, .glue:
                    current.trimTrailing { $0 == " " }
                case .space:
                    current.append(" ", origin: -1)
                case .paragraph:
                    // Paragraphs are built in one buffer and kept in storage of their size.
                    paragraphs.append(current.compacted())
                    current.removeAll(keepingCapacity: true)
                    inHeading = false
                }
            }
            if current.isEmpty && splitsParagraphs { inHeading = facts[line.index].heading }
            while contentStart < line.range.upperBound, s[contentStart] == " " { contentStart += 1 }
            // Runs of spaces shrink to one: copy the line run by run.
            let end = line.range.upperBound
            Self.appendShrinkingSpaces(s, origins, contentStart..<end, to: &current)
            prev = line
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// Appends `s[range]` to `text` with runs of spaces shrunk to one space.
    static func appendShrinkingSpaces(_ s: [Unicode.Scalar], _ origins: [Int32], _ range: Range<Int>,
                                      to text: inout MappedText) {
        // Most lines have no double space: one run.
        let double = s.withUnsafeBufferPointer { hasDoubleSpace($0, range) }
        guard double else {
            text.append(contentsOf: s[range], origins: origins[range])
            return
        }
        var run = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if s[i] == " " && i + 1 < end && s[i + 1] == " " {
                text.append(contentsOf: s[run..<(i + 1)], origins: origins[run..<(i + 1)])
                i += 1
                while i < end, s[i] == " " { i += 1 }
                run = i
            } else {
                i += 1
            }
        }
        if run < end { text.append(contentsOf: s[run..<end], origins: origins[run..<end]) }
    }

    /// `true` when `b[range]` holds two spaces in a row: eight pairs of neighbours at a time.
    @inline(__always)
    private static func hasDoubleSpace(_ b: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let space = SIMD8<UInt32>(repeating: 0x20)
        var k = range.lowerBound
        while range.upperBound &- k >= 9 {
            let here = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD8<UInt32>.self)
            let next = raw.loadUnaligned(fromByteOffset: (k &+ 1) &* 4, as: SIMD8<UInt32>.self)
            if any((here .== space) .& (next .== space)) { return true }
            k &+= 8
        }
        while k &+ 1 < range.upperBound {
            if b[k].value == 0x20 && b[k &+ 1].value == 0x20 { return true }
            k &+= 1
        }
        return false
    }

    enum Relation: Equatable {
        case hyphenBreak(keep: Bool)
        case url
        /// Join without a space: the next line opens with closing punctuation (`таниды1⏎. Алайда`,
        /// a line split at a superscript marker).
        case glue
        case space
        case paragraph
    }

    /// How line `b` continues line `a`.
    func relation(_ a: SourceLine, _ b: SourceLine, blanks: Int, inHeading: Bool = false, midURL: Bool = false) -> Relation {
        let aEnd = a.range.upperBound, bStart = b.range.lowerBound
        if blankLineEndsParagraph && blanks > 0 && splitsParagraphs { return .paragraph }
        if isURLContinuation(a, b) { return .url }
        // A URL broken twice: `a` is a whole line of the URL's middle.
        if midURL, !s[a.range].contains(" "), Self.goesOnWithURL(a, b, s) { return .url }
        let last = s[aEnd - 1]
        if last == "-" && aEnd - 2 >= a.range.lowerBound && s[aEnd - 2].isLetter {
            let left = wordBefore(aEnd - 1, lowerBound: a.range.lowerBound)
            let right = wordAfter(bStart, upperBound: b.range.upperBound)
            if !right.isEmpty {
                return .hyphenBreak(keep: dehyphenator.keepsHyphen(left: left, right: right))
            }
        }
        if Self.isClosingPunctuation(s[bStart]) && blanks == 0 { return .glue }
        // `88–⏎95`: a dash set close to what precedes it joins what follows.
        if last == "–" || last == "—", aEnd - 2 >= a.range.lowerBound, s[aEnd - 2] != " " { return .glue }
        // `2-⏎тармақ`, `416-⏎V`: a hyphen after a number belongs to it.
        if last == "-", aEnd - 2 >= a.range.lowerBound, s[aEnd - 2].asciiDigit != nil, s[bStart].isLetter { return .glue }
        if splitsParagraphs && isParagraphBreak(a, b, blanks: blanks, inHeading: inHeading) { return .paragraph }
        return .space
    }

    /// `.,;:!?)»”`: what closes a sentence, clause or bracket.
    static func isClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "»", "”": true
        default: false
        }
    }

    /// `true` when `line` ends with a hyphen right after a letter (`сформирова-`).
    static func endsWithWordHyphen(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        let e = line.range.upperBound
        return e - line.range.lowerBound >= 2 && s[e - 1] == "-" && s[e - 2].isLetter
    }

    /// `true` when the last token of `line` is a URL (`https://…`, `www.…`).
    static func endsInURL(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        var i = line.range.upperBound
        while i > line.range.lowerBound, s[i - 1] != " " { i -= 1 }
        if hasURLPrefix(s, i, line.range.upperBound) { return true }
        // A whole line of URL characters with a slash: the middle of a URL broken twice.
        guard i == line.range.lowerBound, line.range.count >= 8 else { return false }
        var slash = false
        for j in line.range {
            guard isURLScalar(s[j]) else { return false }
            if s[j] == "/" { slash = true }
        }
        return slash
    }

    private static func hasURLPrefix(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        func starts(_ p: String) -> Bool {
            var j = i
            for c in p.unicodeScalars {
                guard j < end, s[j] == c else { return false }
                j += 1
            }
            return true
        }
        // Most tokens are rejected on their first letter.
        guard i < end, s[i] == "h" || s[i] == "w" else { return false }
        return starts("http:/") || starts("https:/") || starts("www.")
    }

    private func wordBefore(_ end: Int, lowerBound: Int) -> ArraySlice<Unicode.Scalar> {
        var i = end
        while i > lowerBound, s[i - 1].isLetter || (s[i - 1] == "-" && i - 1 > lowerBound && s[i - 2].isLetter) { i -= 1 }
        return s[i..<end]
    }

    private func wordAfter(_ start: Int, upperBound: Int) -> ArraySlice<Unicode.Scalar> {
        var i = start
        while i < upperBound, s[i].isLetter || (s[i] == "-" && i + 1 < upperBound && s[i + 1].isLetter) { i += 1 }
        return s[start..<i]
    }

    /// `true` when line `a` ends inside a URL that line `b` continues.
    func isURLContinuation(_ a: SourceLine, _ b: SourceLine) -> Bool {
        Self.continuesURL(a, b, s)
    }

    /// `true` when line `a` ends inside a URL that line `b` continues (`https://adilet.⏎zan.kz/…`).
    static func continuesURL(_ a: SourceLine, _ b: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        // `b`'s first scalar rejects most pairs (a Cyrillic word is no URL), before `a`'s last token is sought.
        goesOnWithURL(a, b, s) && endsInURL(a, s)
    }

    /// `true` when the first token of `b` is made of URL characters and can go on after `a`.
    private static func goesOnWithURL(_ a: SourceLine, _ b: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        var j = b.range.lowerBound
        var hasSlash = false
        while j < b.range.upperBound, s[j] != " " {
            let c = s[j]
            guard isURLScalar(c) else { return false }
            if c == "/" { hasSlash = true }
            j += 1
        }
        guard j > b.range.lowerBound, s[b.range.lowerBound] != "(" else { return false }
        let end = s[a.range.upperBound - 1]
        return ASCIISet.urlBreakEnds.contains(end) || hasSlash
    }

    /// `true` for a scalar URLs are written with (letters, digits and RFC 3986 signs).
    @inline(__always)
    private static func isURLScalar(_ c: Unicode.Scalar) -> Bool { ASCIISet.url.contains(c) }

    /// `true` when a new paragraph starts at `b`.
    func isParagraphBreak(_ a: SourceLine, _ b: SourceLine, blanks: Int, inHeading: Bool = false) -> Bool {
        let fa = facts[a.index], fb = facts[b.index]
        // A title in capitals goes on over its lines.
        if blanks == 0, fa.caps3, fb.caps3 { return false }
        if fa.heading || fb.heading { return true }
        if b.range.count >= 5, fb.label { return true }
        if fa.caps3 != fb.caps3, fa.caps || fb.caps { return true }
        let end = s[a.range.upperBound - 1]
        let terminal: Bool
        switch end {
        case ".", "!", "?", ":", ";", "»", ")", "\"", "”": terminal = true
        default: terminal = false
        }
        let first = s[b.range.lowerBound]
        let opens = first.isUpperLetter || first.asciiDigit != nil || first == "«" || first == "\"" || first == "–"
            || first == "—" || first == "("
        // Justified text: only the last line of a paragraph (or of a heading) is short.
        let short = fullWidth.map { a.range.count * 10 < $0 * 8 }
        // A blank line ends a paragraph, unless a full line's sentence plainly goes on below it
        // (extractors leave such blank lines inside paragraphs).
        if blanks > 0 && (terminal || opens || short != false) { return true }
        guard short == true else { return false }
        return opens && (terminal || inHeading)
    }
}
