/// Gives back to a footnote cut by a page break the tail that `pdftotext`'s default mode printed
/// on the next page in the wrong place.
///
/// The tail of such a note opens the next page's footnote zone. The default mode prints it
/// - glued to the body's last line when that line ends with a hyphenated word, as it removes
///   the hyphen and joins the line to whatever it prints next: `голосова-` + `устройстве …` →
///   `голосоваустройстве …`;
/// - or as a block of its own at the end of the page's body (`⏎⏎городского суда.⏎⏎`).
///
/// The repair moves the tail after the last line of the note on the page before, and gives the
/// body's broken word its hyphen back, so the cleaner sees the note whole and the word broken
/// over the page. A glued word is split only where the dictionary vouches for both sides: the
/// body's fragment completed by the word that opens the next page (`голосова` + `нии,`, or a
/// compound of two known words, `Премьер-` + `Министром`), and
/// the note's fragment completed by the tail's first word (`райо-` + `нов,`) or that word
/// known on its own (`устройстве`).
struct FootnoteTailRepair {
    /// The dictionary that vouches for the words.
    let lexicon: Lexicon

    /// Most lines looked at above the next page's footnote zone.
    private static let window = 8

    /// The dictionary's answers, asked once per word.
    private final class Answers {
        var known = [[Unicode.Scalar]: Bool?]()
        /// Hashes of the words written more than once in the text, once a page needs them.
        var repeated: HashSet64? = nil
    }
    private let answers = Answers()

    /// Creates the repair.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// A tail to move: `removed` leaves its page, its text goes after `after`; `hyphen` is where
    /// the body's broken word gets its hyphen back.
    private struct Move {
        var after: Int
        var tail: Range<Int>
        var removed: Range<Int>
        var hyphen: Int?
    }

    /// `s` with the tails moved.
    func repair(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let pages = PlainTextPages(s)
        let lines = pages.lines, notes = pages.noteStarts
        guard !notes.isEmpty else { return s }
        var firstNote = [Int: Int](), lastNote = [Int: Int]()
        for k in notes {
            if firstNote[lines[k].page] == nil { firstNote[lines[k].page] = k }
            lastNote[lines[k].page] = k
        }
        var byPage = [Int: [Int]]()
        for (k, l) in lines.enumerated() where !l.range.isEmpty { byPage[l.page, default: []].append(k) }
        var moves = [Move]()
        for p in 1..<max(1, (lines.last?.page ?? 0) + 1) {
            guard let noteLine = lastNote[p - 1], let content = byPage[p],
                  let tail = byPage[p - 1]?.last(where: { !pages.isNumber($0, s) }),
                  tail > noteLine, !Self.endsNote(lines[tail].range, s) else { continue }
            let zone = firstNote[p] ?? (content.last(where: { !pages.isNumber($0, s) }).map { $0 + 1 } ?? 0)
            let opening = (byPage[p + 1] ?? []).prefix(4).filter { !pages.isNumber($0, s) }
            if let move = tailMove(lines, s, zone: zone, page: p, after: lines[tail].range, opening: opening.map { lines[$0].range }) {
                moves.append(move)
            }
        }
        return Self.apply(moves, to: s)
    }

    /// Where the tail is, above line `zone` of page `page`, for a note whose last line is `after`.
    private func tailMove(_ lines: [PlainTextPages.Line], _ s: [Unicode.Scalar], zone: Int, page: Int, after: Range<Int>,
                          opening: [Range<Int>]) -> Move? {
        var top = zone
        while top > 0, lines[top - 1].page == page, !lines[top - 1].range.isEmpty, zone - top < Self.window { top -= 1 }
        guard top < zone else { return nil }
        let end = lines[zone - 1].range.upperBound
        // A block of its own, in lower case after a finished sentence.
        if top > 0, lines[top - 1].page == page, lines[top - 1].range.isEmpty, s[lines[top].range.lowerBound].isLowerLetter,
           let before = (0..<top).last(where: { !lines[$0].range.isEmpty }), lines[before].page == page,
           ".!?".unicodeScalars.contains(s[lines[before].range.upperBound - 1]) {
            return Move(after: after.upperBound, tail: lines[top].range.lowerBound..<end,
                        removed: lines[top].range.lowerBound..<end, hyphen: nil)
        }
        // Glued to the body's last line.
        for k in stride(from: zone - 1, through: top, by: -1) {
            if let cut = gluedCut(lines[k].range, s, noteTail: after, opening: opening) {
                return Move(after: after.upperBound, tail: cut..<end, removed: cut..<end, hyphen: cut)
            }
        }
        return nil
    }

    /// The offset in `line` where a note's tail was glued to the body's broken word, if any.
    private func gluedCut(_ line: Range<Int>, _ s: [Unicode.Scalar], noteTail: Range<Int>, opening: [Range<Int>]) -> Int? {
        // The note's own broken word (`райо-`), if it ends so.
        let noteEnd = noteTail.upperBound
        let noteFragment: [Unicode.Scalar]? = noteEnd - noteTail.lowerBound >= 2 && s[noteEnd - 1] == "-" && s[noteEnd - 2].isLetter
            ? Array(s[Self.wordStart(noteEnd - 1, noteTail.lowerBound, s)..<(noteEnd - 1)]) : nil
        let nextWords = opening.map { Array(s[$0.lowerBound..<Self.wordEnd($0.lowerBound, $0.upperBound, s)]) }.filter { !$0.isEmpty }
        guard !nextWords.isEmpty else { return nil }
        var i = line.lowerBound
        while i < line.upperBound {
            guard s[i].isLetter else { i += 1; continue }
            let end = Self.wordEnd(i, line.upperBound, s)
            defer { i = end }
            // A glued word is a Cyrillic word in lower case (but its first letter) that the
            // document writes only here and the dictionary does not know.
            guard end - i >= 4, s[i].value >= 0x400, s[i].value < 0x530, !s[(i + 1)..<end].contains(where: \.isUpperLetter),
                  !repeated(s).contains(FastCase.hash(s[i..<end])), knows(s[i..<end]) == false else { continue }
            // Cuts inside the word, or right after it when something other than a space (or the
            // hyphen of a word broken at the line end) follows.
            let last = end < line.upperBound && s[end] != " " && s[end] != "-" ? end : end - 2
            guard i + 2 <= last else { continue }
            for cut in (i + 2)...last {
                let head = Array(s[i..<cut])
                let rest = Array(s[cut..<end])
                if let fragment = noteFragment {
                    guard !rest.isEmpty, knows((fragment + rest)[...]) == true else { continue }
                } else if !rest.isEmpty {
                    guard rest.count >= 2, knows(rest[...]) == true else { continue }
                }
                if completesBody(head, nextWords) { return cut }
            }
        }
        return nil
    }

    /// `true` when `head`, the body's broken word, goes on with one of `words` (a page's opening
    /// words): `голосова` + `нии`, or a compound `Премьер-` + `Министром`.
    private func completesBody(_ head: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> Bool {
        words.contains { w in
            if w[0].isLowerLetter { return knows((head + w)[...]) == true }
            return w[0].isUpperLetter && knows(head[...]) == true && knows(w[...]) == true
        }
    }

    /// Hashes of the words `s` writes more than once (computed once).
    private func repeated(_ s: [Unicode.Scalar]) -> HashSet64 {
        if let known = answers.repeated { return known }
        let seen = HashSet64(capacity: s.count / 8), twice = HashSet64()
        var i = 0
        while i < s.count {
            guard s[i].isLetter else { i += 1; continue }
            let end = Self.wordEnd(i, s.count, s)
            let h = FastCase.hash(s[i..<end])
            if !seen.insert(h) { twice.insert(h) }
            i = end
        }
        answers.repeated = twice
        return twice
    }

    /// The dictionary's answer for `word`, asked in lower case (which the compact lexicon
    /// answers without loading Hunspell).
    private func knows(_ word: ArraySlice<Unicode.Scalar>) -> Bool? {
        let key = word.map(\.lowerFast)
        if let known = answers.known[key] { return known }
        let known = lexicon.knows(String(String.UnicodeScalarView(key)))
        answers.known[key] = known
        return known
    }

    /// `true` when the line ends as a note ends (`.`, `)`, a closing quote), not inside a URL.
    private static func endsNote(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard let last = r.last else { return true }
        return ".)»\"”!?".unicodeScalars.contains(s[last])
    }

    private static func wordEnd(_ i: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Int {
        var j = i
        while j < end, s[j].isLetter { j += 1 }
        return j
    }

    private static func wordStart(_ i: Int, _ start: Int, _ s: [Unicode.Scalar]) -> Int {
        var j = i
        while j > start, s[j - 1].isLetter { j -= 1 }
        return j
    }

    /// `s` with `moves` done (tails inserted after their notes, removed from their page).
    private static func apply(_ moves: [Move], to s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !moves.isEmpty else { return s }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(s.count + moves.count * 2)
        var at = 0
        for m in moves {
            out += s[at..<m.after]
            out.append("\n")
            out += s[m.tail]
            out += s[m.after..<m.removed.lowerBound]
            if m.hyphen != nil { out.append("-") }
            at = m.removed.upperBound
        }
        out += s[at...]
        return out
    }
}
