extension FootnoteSplitter {
    /// One pass over the lines, assigning roles (see ``FootnoteSplitter``).
    struct Scan {
        let lines: [SourceLine]
        let s: [Unicode.Scalar]
        let noise: Set<Int>
        let markers: [(offset: Int, value: Int)]
        let page: [Int]
        let maxGap: Int
        /// Line widths; `nil` in the first pass.
        let widths: LineWidths?
        /// See ``FootnoteSplitter/knowsWord``.
        let knowsWord: (@Sendable (String) -> Bool)?

        private var roles: [Role] = []
        private var last = 0                 // highest footnote number seen
        private var current: Int? = nil      // footnote being continued
        private var awaitingText = false     // the current footnote's number stood alone
        private var pending: (id: Int, after: Int, tail: Int)? = nil  // footnote cut by a page or column break, its last line
        private var bodyTail: Int? = nil     // last body line before the current footnote block
        private var doubtful: Int? = nil     // first continuation line that may have been body
        private var seen = Set<Int>()        // markers seen so far
        private var nextMarker = 0

        init(lines: [SourceLine], s: [Unicode.Scalar], noise: Set<Int>, markers: [(offset: Int, value: Int)],
             page: [Int], maxGap: Int, widths: LineWidths?, knowsWord: (@Sendable (String) -> Bool)?) {
            self.lines = lines
            self.s = s
            self.noise = noise
            self.markers = markers
            self.page = page
            self.maxGap = maxGap
            self.widths = widths
            self.knowsWord = knowsWord
        }

        mutating func run() -> [Role] {
            roles = [Role](repeating: .body, count: lines.count)
            for k in noise { roles[k] = .layout }
            var prev: Int? = nil       // previous content line
            var blank = false
            for k in lines.indices where !noise.contains(k) {
                let line = lines[k]
                if line.isBlank {
                    blank = true
                    continue
                }
                while nextMarker < markers.count, markers[nextMarker].offset < line.range.lowerBound {
                    seen.insert(markers[nextMarker].value)
                    nextMarker += 1
                }
                let newPage = prev.map { page[$0] != page[k] } ?? false
                if newPage, let p = prev {
                    if let c = current, !endsNote(p), !awaitingText { pending = (c, p, p) }
                    else if let open = pending, open.after < p {
                        // At the end of the page it was cut on, or of the next one.
                        if !claimContinuation(of: open, before: p + 1), page[open.after] == page[p] {
                            pending = open
                        }
                    }
                    current = nil
                    awaitingText = false
                }
                if newPage, isHeadInsideWord(k) {
                    roles[k] = .layout
                    continue
                }
                let atBlockStart = prev == nil || blank || newPage
                // A blank line ends a footnote, unless an unfinished one goes on with a citation.
                if blank, !awaitingText, let p = prev, current != nil, endsNote(p) || !citesSource(k) { current = nil }
                blank = false
                defer { prev = k }
                if let (n, textStart) = footnoteStart(k, atBlockStart: atBlockStart, previous: prev) {
                    if let open = pending, open.after < k - 1 { _ = claimContinuation(of: open, before: k) }
                    if current == nil { bodyTail = prev.flatMap { roles[$0] == .body ? $0 : nil } }
                    roles[k] = .footnoteStart(id: n, textStart: textStart)
                    last = n
                    current = n
                    doubtful = nil
                    awaitingText = textStart == line.range.upperBound
                    continue
                }
                guard let c = current, let p = prev else { continue }
                if awaitingText || !resumesBody(k, after: p, note: c) {
                    // A sentence opening after an unfinished note line may be the next column.
                    // (Only where line widths cannot tell: a note's text has capitals too.)
                    if !awaitingText, doubtful == nil, widths?.informative != true, !endsNote(p),
                       s[line.range.lowerBound].isUpperLetter { doubtful = k }
                    if let d = doubtful, holdsMarker(after: c, in: k) {
                        // Notes hold no markers of later notes: the body resumed at `d`.
                        resumeBody(at: d, note: c)
                        continue
                    }
                    roles[k] = .footnoteContinuation(id: c)
                    awaitingText = false
                } else if let d = doubtful {
                    // The body resumed before this line already, where a sentence opened.
                    resumeBody(at: d, note: c)
                } else {
                    // The body resumes (the next column): an unfinished footnote goes on later.
                    if !endsNote(p) { pending = (c, k, p) }
                    current = nil
                }
            }
            if let open = pending, let p = prev, open.after < p {
                _ = claimContinuation(of: open, before: p + 1)
            }
            return roles
        }

        /// The footnote number and text start if line `k` opens a footnote.
        private func footnoteStart(_ k: Int, atBlockStart: Bool, previous: Int?) -> (Int, Int)? {
            let line = lines[k]
            // Digits glued to digits are split only where body text cannot go on.
            if current != nil || atBlockStart || previous.map({ LineJoiner.endsWithWordHyphen(lines[$0], s) }) == true,
               let split = splitGluedNumber(line) { return split }
            guard let (n, textStart, lead) = MarkerScan.leadingNumber(line, s), n > last else { return nil }
            let marked = seen.contains(n)
            guard n <= last + maxGap || marked else { return nil }
            // The text of a number standing alone is on the next content line.
            var first: Unicode.Scalar? = textStart < line.range.upperBound ? s[textStart] : nil
            if lead == .alone {
                // Announced by its marker, or next in a block of notes (a note may come before
                // its marker when the marker's line moves to the next page).
                let nextInBlock = current != nil && n == last + 1 && previous.map(endsNote) == true
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
        private func splitGluedNumber(_ line: SourceLine) -> (Int, Int)? {
            let r = line.range
            var j = r.lowerBound
            while j < r.upperBound, s[j].asciiDigit != nil { j += 1 }
            guard j - r.lowerBound >= 3, j + 1 < r.upperBound, s[j] == " " else { return nil }
            // Only a number that cannot be what it seems: a "day" over 31 before a month name.
            guard MonthNames.isMonthWordStart(s, at: j + 1) else { return nil }
            var full = 0
            for q in r.lowerBound..<j { full = full * 10 + s[q].asciiDigit! }
            guard full > 31 else { return nil }
            var n = 0
            for cut in r.lowerBound..<min(j - 1, r.lowerBound + 3) {
                n = n * 10 + s[cut].asciiDigit!
                var day = 0
                for q in (cut + 1)..<j { day = day * 10 + s[q].asciiDigit! }
                if n > last, seen.contains(n), n <= last + maxGap, s[cut + 1] != "0", (1...31).contains(day) {
                    return (n, cut + 1)
                }
            }
            return nil
        }

        /// `true` when line `k`, after footnote line `p` of footnote `note`, is body text again.
        private func resumesBody(_ k: Int, after p: Int, note: Int) -> Bool {
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
            if BlockClassifier.looksLikeHeading(lines[k], s) { return true }
            guard let widths, widths.informative, let noteWidth = widths.footnote else { return finished && lower }
            // Every line of a footnote but its last is full: a short line ended the footnote,
            // and a short line that does not end as notes end is no line of a note.
            if lines[p].range.count * 10 < noteWidth * 8 { return true }
            if length * 10 < noteWidth * 8, !endsNote(k), !LineJoiner.endsInURL(lines[k], s),
               s[lines[k].range.upperBound - 1] != "-" { return true }
            if widths.isFootnoteWide(length) { return false }
            if finished { return widths.isBodyFull(length) || lower }
            // An unfinished footnote goes on unless two full body lines follow.
            guard widths.isBodyFull(length), let next = nextContent(after: k), page[next] == page[k] else { return false }
            return widths.isBodyFull(lines[next].range.count)
        }

        /// Gives footnote `id` the footnote-like body lines of `page` that end just before line
        /// `end`: the continuation of a footnote cut by a page break.
        @discardableResult
        private mutating func claimContinuation(of open: (id: Int, after: Int, tail: Int), before end: Int) -> Bool {
            pending = nil
            guard let widths, widths.informative else { return false }
            var taken = [Int]()
            var q = end - 1
            let target = page[q]
            while q > open.after, page[q] == target, taken.count < 20 {
                if noise.contains(q) || lines[q].isBlank { q -= 1; continue }
                guard roles[q] == .body, !BlockClassifier.looksLikeHeading(lines[q], s), !opensBlock(q) else { break }
                let length = lines[q].range.count
                if widths.isFootnoteWide(length) || (taken.isEmpty && endsNote(q)) {
                    taken.append(q)
                    q -= 1
                } else {
                    break
                }
            }
            guard let top = taken.last else { return false }
            if !taken.contains(where: { widths.isFootnoteWide(lines[$0].range.count) }) {
                // One short line: it must go on with a lower-case word where body text cannot
                // (after a word broken in the footnote, or after a finished paragraph).
                guard s[lines[top].range.lowerBound].isLowerLetter else { return false }
                let afterParagraph = q > open.after && roles[q] == .body && endsNote(q)
                    && !widths.isBodyFull(lines[q].range.count)
                guard LineJoiner.endsWithWordHyphen(lines[open.tail], s) || afterParagraph else { return false }
            }
            for q in taken { roles[q] = .footnoteContinuation(id: open.id) }
            return true
        }

        /// `true` when line `k`, first on its page, is a short line that interrupts a word broken
        /// at the end of the body on the page before: a running head (`публико-` ⏎ head ⏎ `вать`).
        private func isHeadInsideWord(_ k: Int) -> Bool {
            guard let widths, let tail = (0..<k).last(where: { roles[$0] == .body && !lines[$0].isBlank }),
                  LineJoiner.endsWithWordHyphen(lines[tail], s), let next = nextContent(after: k) else { return false }
            let r = lines[k].range
            return r.count * 10 < widths.body * 9 && !s[r.lowerBound].isLowerLetter
                && s[lines[next].range.lowerBound].isLowerLetter && s[r.upperBound - 1] != "-"
        }

        /// When note line `p` ends with a broken word and line `k` goes on in lower case: `true`
        /// if `k` finishes the note's word rather than the body's, `false` for the reverse, `nil`
        /// when the words do not tell.
        private func finishesNoteWord(_ k: Int, after p: Int) -> Bool? {
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
        private func word(at i: Int, forward: Bool, in r: Range<Int>) -> String {
            var a = i, b = i
            if forward { while b < r.upperBound, s[b].isLetter { b += 1 } }
            else { while a > r.lowerBound, s[a - 1].isLetter { a -= 1 } }
            return FastCase.lower(s[a..<b])
        }

        /// Gives back to the body the lines of note `id` from line `d` on: the note stopped
        /// unfinished before `d` and goes on later.
        private mutating func resumeBody(at d: Int, note id: Int) {
            for q in d..<roles.count where roles[q] == .footnoteContinuation(id: id) { roles[q] = .body }
            pending = (id, d, (0..<d).last { belongs($0, to: id) } ?? d - 1)
            current = nil
            doubtful = nil
        }

        /// `true` when line `k` opens an abstract or a keyword list (set small, like notes).
        private func opensBlock(_ k: Int) -> Bool {
            let r = lines[k].range
            guard s[r.lowerBound].isUpperLetter else { return false }
            return BlockClassifier.startsBlockLabel(String(String.UnicodeScalarView(s[r.lowerBound..<min(r.upperBound, r.lowerBound + 24)])))
        }

        /// `true` when line `k` is a line of footnote `id`.
        private func belongs(_ k: Int, to id: Int) -> Bool {
            switch roles[k] {
            case .footnoteStart(let n, _), .footnoteContinuation(let n): n == id
            default: false
            }
        }

        /// `true` when line `k` holds a glued marker of one of the next few notes after `note`.
        private func holdsMarker(after note: Int, in k: Int) -> Bool {
            let r = lines[k].range
            return markers.contains { r.contains($0.offset) && $0.value > note && $0.value <= note + 3 }
        }

        /// `true` when line `k` holds what citations hold and body text does not: a URL, `//`.
        private func citesSource(_ k: Int) -> Bool {
            let r = lines[k].range
            var i = r.lowerBound
            while i + 2 < r.upperBound {
                if s[i] == "/" && s[i + 1] == "/" && (s[i + 2] == " " || (i > r.lowerBound && s[i - 1] == ":")) { return true }
                i += 1
            }
            return false
        }

        private func nextContent(after k: Int) -> Int? {
            var j = k + 1
            while j < lines.count {
                if !noise.contains(j) && !lines[j].isBlank { return j }
                j += 1
            }
            return nil
        }

        /// `true` when line `k` ends a sentence or a clause (as footnotes end).
        private func closes(_ k: Int) -> Bool {
            let end = s[lines[k].range.upperBound - 1]
            return ".)»;\"”!?".unicodeScalars.contains(end) || end.asciiDigit != nil
        }

        /// `true` when line `k` ends as a footnote ends (`.`, `)`, a closing quote).
        private func endsNote(_ k: Int) -> Bool {
            ".)»\"”!?".unicodeScalars.contains(s[lines[k].range.upperBound - 1]) && !LineJoiner.endsInURL(lines[k], s)
        }

        private static let abbreviations: Set<String> = ["с", "ст", "г", "гг", "т", "п", "пп", "ч", "см", "изд", "им",
                                                         "др", "вып", "ред", "стр", "б", "бб", "no", "p", "pp", "vol", "ed", "cf"]

        /// `true` when line `k` ends with an abbreviation's period (`С.`, `ст.`, `изд.`).
        private func endsWithAbbreviation(_ k: Int) -> Bool {
            let r = lines[k].range
            guard s[r.upperBound - 1] == "." else { return false }
            var i = r.upperBound - 1
            while i > r.lowerBound, s[i - 1].isLetter { i -= 1 }
            guard i < r.upperBound - 1, i == r.lowerBound || !s[i - 1].isLetter else { return false }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[i..<(r.upperBound - 1)])
            return Self.abbreviations.contains(String(v).lowercased())
        }
    }
}
