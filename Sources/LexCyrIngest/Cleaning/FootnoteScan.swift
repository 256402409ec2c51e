extension FootnoteSplitter {
    /// One pass over the lines, assigning roles (see ``FootnoteSplitter``).
    struct Scan {
        let lines: [SourceLine]
        let s: [Unicode.Scalar]
        let noise: LineSet
        let markers: [(offset: Int, value: Int)]
        let page: [Int]
        /// Facts of the lines.
        let facts: [LineFacts]
        let maxGap: Int
        /// Line widths; `nil` in the first pass.
        let widths: LineWidths?
        /// See ``FootnoteSplitter/knowsWord``.
        let knowsWord: (@Sendable ([Unicode.Scalar]) -> Bool)?

        private(set) var roles: [Role] = []
        private(set) var last = 0                 // highest footnote number seen
        private(set) var current: Int? = nil      // footnote being continued
        private(set) var awaitingText = false     // the current footnote's number stood alone
        /// A footnote cut by a page or column break: its number, the line after which its
        /// continuation may come, and its last line so far.
        private(set) var pending: (id: Int, after: Int, tail: Int)? = nil
        private(set) var bodyTail: Int? = nil     // last body line before the current footnote block
        private(set) var doubtful: Int? = nil     // first continuation line that may have been body
        private(set) var seen = NumberSet()       // markers seen so far
        private(set) var nextMarker = 0

        init(lines: [SourceLine], s: [Unicode.Scalar], noise: LineSet, markers: [(offset: Int, value: Int)],
             page: [Int], facts: [LineFacts], maxGap: Int, widths: LineWidths?, knowsWord: (@Sendable ([Unicode.Scalar]) -> Bool)?) {
            self.lines = lines
            self.s = s
            self.noise = noise
            self.markers = markers
            self.page = page
            self.facts = facts
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
                let newPage = prev != nil && page[prev!] != page[k]
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
                // A blank line ends a footnote, unless an unfinished one goes on with a citation,
                // or cannot end where it stops (`Қараңыз:`, `Вер-`).
                if blank, !awaitingText, let p = prev, current != nil, endsNote(p) || !(citesSource(k) || breaksOff(p)) { current = nil }
                blank = false
                defer { prev = k }
                // A footnote opens with its number: other lines are not asked.
                if s[line.range.lowerBound].asciiDigit != nil,
                   let (n, textStart) = footnoteStart(k, atBlockStart: atBlockStart, previous: prev) {
                    if let open = pending, open.after < k - 1 { claimContinuation(of: open, before: k) }
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
                claimContinuation(of: open, before: p + 1)
            }
            return roles
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
                guard roles[q] == .body, !facts[q].heading, !facts[q].label else { break }
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

        /// Gives back to the body the lines of note `id` from line `d` on: the note stopped
        /// unfinished before `d` and goes on later.
        private mutating func resumeBody(at d: Int, note id: Int) {
            for q in d..<roles.count where roles[q] == .footnoteContinuation(id: id) { roles[q] = .body }
            pending = (id, d, (0..<d).last { belongs($0, to: id) } ?? d - 1)
            current = nil
            doubtful = nil
        }
    }
}
