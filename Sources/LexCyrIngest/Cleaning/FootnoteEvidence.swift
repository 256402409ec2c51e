/// The evidence the footnote scan weighs: how a line starts and ends, what it holds, how its
/// words join (see ``FootnoteSplitter``).
extension FootnoteSplitter.Scan {
    /// The footnote number and text start if line `k` opens a footnote.
    func footnoteStart(_ k: Int, atBlockStart: Bool, previous: Int?) -> (Int, Int)? {
        let line = lines[k]
        // Digits glued to digits are split only where body text cannot go on.
        if current != nil || atBlockStart || (previous != nil && LineJoiner.endsWithWordHyphen(lines[previous!], s)),
           let split = splitGluedNumber(line) { return split }
        guard let (n, textStart, lead) = MarkerScan.leadingNumber(line, s), n > last else { return nil }
        let marked = seen.contains(n)
        guard n <= last + maxGap || marked else { return nil }
        // The text of a number standing alone is on the next content line.
        var first: Unicode.Scalar? = textStart < line.range.upperBound ? s[textStart] : nil
        if lead == .alone {
            // Announced by its marker, or next in a block of notes (a note may come before
            // its marker when the marker's line moves to the next page).
            let nextInBlock = current != nil && n == last + 1 && previous != nil && endsNote(previous!)
            guard marked || nextInBlock, let next = nextContent(after: k) else { return nil }
            first = s[lines[next].range.lowerBound]
            guard MarkerScan.opensNote(first!) else { return nil }
        }
        guard let first else { return nil }
        if lead == .single && !MarkerScan.opensNote(first) { return nil }
        if lead == .single || lead == .wide, MonthNames.isMonthWordStart(s, at: textStart) { return nil }
        // Inside a footnote block, a new footnote follows one that ended a sentence.
        if current != nil, let p = previous, !closes(p), lead != .wide, !(marked && lead != .single) { return nil }
        if marked { return (n, textStart) }
        // Without a marker: only where a block opens, set as extractors set footnotes.
        guard atBlockStart || current != nil else { return nil }
        return lead == .wide || MarkerScan.opensNote(first) ? (n, textStart) : nil
    }

    /// A footnote number glued to a text that starts with a date (`1523 апреля 1999 года` is
    /// footnote 15 when its marker was seen, as no month has a 1523rd day).
    func splitGluedNumber(_ line: SourceLine) -> (Int, Int)? {
        let r = line.range
        var j = r.lowerBound
        while j < r.upperBound, s[j].asciiDigit != nil { j += 1 }
        guard j - r.lowerBound >= 3, j + 1 < r.upperBound, s[j] == " " else { return nil }
        // Only a number that cannot be what it seems: a "day" over 31 before a month name.
        guard MonthNames.isMonthWordStart(s, at: j + 1) else { return nil }
        var full = 0
        for q in r.lowerBound..<j { full = full &* 10 &+ s[q].asciiDigit! }
        guard full > 31 else { return nil }
        var n = 0
        for cut in r.lowerBound..<min(j - 1, r.lowerBound + 3) {
            n = n &* 10 &+ s[cut].asciiDigit!
            var day = 0
            for q in (cut + 1)..<j { day = day &* 10 &+ s[q].asciiDigit! }
            if n > last, seen.contains(n), n <= last + maxGap, s[cut + 1] != "0", (1...31).contains(day) {
                return (n, cut + 1)
            }
        }
        return nil
    }

    /// `true` when line `k`, after footnote line `p` of footnote `note`, is body text again.
    func resumesBody(_ k: Int, after p: Int, note: Int) -> Bool {
        // The next footnote's marker is in the text already: its note comes first, unless
        // this line goes on with a lower-case word after a finished note (the next note
        // went to the next column).
        let first = s[lines[k].range.lowerBound]
        if seen.contains(note + 1), !(endsNote(p) && first.isLowerLetter) { return false }
        if LineJoiner.continuesURL(lines[p], lines[k], s) || citesSource(k) { return false }
        // A word broken before the footnote block goes on in lower case.
        if let t = bodyTail, LineJoiner.endsWithWordHyphen(lines[t], s), !first.isLowerLetter { return false }
        if let finishes = finishesNoteWord(k, after: p) { return !finishes }
        let length = lines[k].range.count
        let finished = endsNote(p) && !endsWithAbbreviation(p)
        let lower = first.isLowerLetter
        if facts[k].heading { return true }
        guard let widths, widths.informative, let noteWidth = widths.footnote else { return finished && lower }
        // Every line of a footnote but its last is full: a short line ended the footnote,
        // and a short line that does not end as notes end is no line of a note.
        if lines[p].range.count * 10 < noteWidth * 8 { return true }
        if length * 10 < noteWidth * 8, !endsNote(k), !LineJoiner.endsInURL(lines[k], s),
           s[lines[k].range.upperBound - 1] != "-" { return true }
        if widths.isFootnoteWide(length) { return false }
        if finished { return widths.isBodyFull(length) || lower }
        // An unfinished footnote goes on unless two full body lines follow. A line that ends a
        // sentence before a line in lower case is no body line: it ends the note.
        guard widths.isBodyFull(length), let next = nextContent(after: k), page[next] == page[k] else { return false }
        if endsNote(k), !endsWithAbbreviation(k), s[lines[next].range.lowerBound].isLowerLetter { return false }
        return widths.isBodyFull(lines[next].range.count)
    }

    /// `true` when line `k`, first on its page, is a short line that interrupts a word broken
    /// at the end of the body on the page before: a running head (`публико-` ⏎ head ⏎ `вать`).
    func isHeadInsideWord(_ k: Int) -> Bool {
        guard let widths, let tail = (0..<k).last(where: { roles[$0] == .body && !lines[$0].isBlank }),
              LineJoiner.endsWithWordHyphen(lines[tail], s), let next = nextContent(after: k) else { return false }
        let r = lines[k].range
        return r.count * 10 < widths.body * 9 && !s[r.lowerBound].isLowerLetter
            && s[lines[next].range.lowerBound].isLowerLetter && s[r.upperBound - 1] != "-"
    }

    /// When note line `p` ends with a broken word and line `k` goes on in lower case: `true`
    /// if `k` finishes the note's word rather than the body's, `false` for the reverse, `nil`
    /// when the words do not tell.
    func finishesNoteWord(_ k: Int, after p: Int) -> Bool? {
        guard let knowsWord, LineJoiner.endsWithWordHyphen(lines[p], s),
              s[lines[k].range.lowerBound].isLowerLetter else { return nil }
        let head = word(at: lines[k].range.lowerBound, forward: true, in: lines[k].range)
        let noteWord = knowsWord(word(at: lines[p].range.upperBound - 1, forward: false, in: lines[p].range) + head)
        var bodyWord = false
        if let t = bodyTail, LineJoiner.endsWithWordHyphen(lines[t], s) {
            bodyWord = knowsWord(word(at: lines[t].range.upperBound - 1, forward: false, in: lines[t].range) + head)
        }
        return noteWord == bodyWord ? nil : noteWord
    }

    /// The lower-cased letters running from `i` (forward) or ending before `i` (backward).
    func word(at i: Int, forward: Bool, in r: Range<Int>) -> [Unicode.Scalar] {
        var a = i, b = i
        if forward { while b < r.upperBound, s[b].isLetter { b += 1 } }
        else { while a > r.lowerBound, s[a - 1].isLetter { a -= 1 } }
        return s[a..<b].map { $0.lowerFast }
    }

    /// `true` when line `k` is a line of footnote `id`.
    func belongs(_ k: Int, to id: Int) -> Bool {
        switch roles[k] {
        case .footnoteStart(let n, _), .footnoteContinuation(let n): n == id
        default: false
        }
    }

    /// `true` when line `k` holds a glued marker of one of the next few notes after `note`.
    func holdsMarker(after note: Int, in k: Int) -> Bool {
        let r = lines[k].range
        return markers.contains { r.contains($0.offset) && $0.value > note && $0.value <= note + 3 }
    }

    /// `true` when line `k` holds what citations hold and body text does not: a URL, `//`.
    func citesSource(_ k: Int) -> Bool {
        let r = lines[k].range
        var i = r.lowerBound
        while i + 2 < r.upperBound {
            if s[i] == "/" && s[i + 1] == "/" && (s[i + 2] == " " || (i > r.lowerBound && s[i - 1] == ":")) { return true }
            i += 1
        }
        return false
    }

    func nextContent(after k: Int) -> Int? {
        var j = k + 1
        while j < lines.count {
            if !noise.contains(j) && !lines[j].isBlank { return j }
            j += 1
        }
        return nil
    }

    /// `true` when line `k` ends a sentence or a clause (as footnotes end).
    func closes(_ k: Int) -> Bool {
        let end = s[lines[k].range.upperBound - 1]
        switch end {
        case ".", ")", "»", ";", "\"", "”", "!", "?": return true
        default: return end.asciiDigit != nil
        }
    }

    /// `true` when line `k` stops where no text ends: after a colon or inside a broken word.
    func breaksOff(_ k: Int) -> Bool {
        s[lines[k].range.upperBound - 1] == ":" || LineJoiner.endsWithWordHyphen(lines[k], s)
    }

    /// `true` when line `k` ends as a footnote ends (`.`, `)`, a closing quote).
    func endsNote(_ k: Int) -> Bool {
        switch s[lines[k].range.upperBound - 1] {
        case ".", ")", "»", "\"", "”", "!", "?": return !LineJoiner.endsInURL(lines[k], s)
        default: return false
        }
    }

    static let abbreviations: Set<String> = ["с", "ст", "г", "гг", "т", "п", "пп", "ч", "см", "изд", "им",
                                                     "др", "вып", "ред", "стр", "б", "бб", "no", "p", "pp", "vol", "ed", "cf"]

    private static let abbreviationHashes = HashSet64(abbreviations.map { FastCase.hash($0.unicodeScalars) })

    /// `true` when line `k` ends with an abbreviation's period (`С.`, `ст.`, `изд.`).
    func endsWithAbbreviation(_ k: Int) -> Bool {
        let r = lines[k].range
        guard s[r.upperBound - 1] == "." else { return false }
        var i = r.upperBound - 1
        while i > r.lowerBound, s[i - 1].isLetter { i -= 1 }
        guard i < r.upperBound - 1, i == r.lowerBound || !s[i - 1].isLetter else { return false }
        return Self.abbreviationHashes.contains(FastCase.hash(s[i..<(r.upperBound - 1)]))
    }
}
