/// Repairs what `pdftotext` did to text input, before the cleaner sees it.
///
/// - `pdftotext -layout` puts the two columns of a page side by side on each line:
///   ``LayoutTextColumns`` reads them one after the other.
/// - `pdftotext` in its default mode removes line-end hyphens and joins the parts, also of
///   compounds whose hyphen was real (`социальноэкономического`): when the text looks like
///   that mode's output (pages end at form feeds, almost no line ends with a hyphen),
///   ``LexiconCompoundRepair`` puts back the hyphens the dictionary vouches for. (Compounds the
///   article also writes hyphenated are the cleaner's to repair, for every input.)
///
/// - The same mode, when a page ends in a hyphenated word, joins the fragment to the next line
///   it prints, often the number of the page's first footnote (`Од3` over a blank line and the
///   note's text): ``restoreFragmentHyphens(_:)`` gives the fragment its hyphen back and the
///   note its number, so the cleaner lifts the note out of the broken word.
/// - A footnote number printed after the notes of its page goes back before its note
///   (``FootnoteNumberOrder``).
/// - The blocks of a two-column page printed interleaved go back in reading order
///   (``ColumnFlowOrder``).
/// - The tail of a footnote cut by a page break lands on the next page, glued to the body's
///   last line or as a block after the body: ``FootnoteTailRepair`` gives it back to its note.
///
/// `-raw` output (hyphens kept, lines in content order) needs none of this, and other text is
/// left as it is.
struct PdfTextRepair {
    /// Dictionary for ``LexiconCompoundRepair``; `nil` leaves joined compounds alone.
    let lexicon: Lexicon?

    /// `scalars` repaired.
    func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.withUnsafeBufferPointer({ $0.firstIndex(of: "\u{0C}", in: 0..<$0.count) }) != nil else { return scalars }
        let text = LayoutTextColumns.rewrite(scalars)
        guard Self.isDehyphenated(text) else { return text }
        let restored = ColumnFlowOrder.repair(FootnoteNumberOrder.repair(Self.restoreFragmentHyphens(text)))
        guard let lexicon else { return restored }
        let tails = FootnoteTailRepair(lexicon: lexicon).repair(restored)
        return LexiconCompoundRepair(lexicon: lexicon).repair(tails)
    }

    /// `Од3⏎⏎См.: …` → `Од-⏎⏎3⏎См.: …` where 3 already stood as a marker earlier: a word fragment
    /// glued to a footnote number, and the note's text after it over a blank line, on the next
    /// line or on the same line (`азаматтар1 Қазақстан …` → `азаматтар-⏎1 Қазақстан …`). Where
    /// the word goes on below the blank line instead (`зна7⏎⏎чения`), the number, whose note is
    /// printed elsewhere, is dropped: `зна-⏎⏎чения`.
    static func restoreFragmentHyphens(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var markers = Set<Int>()
        var edits = [(digits: Range<Int>, noteStart: Int, number: Int, sameLine: Bool)]()
        var i = 0
        while i < s.count {
            guard let d = s[i].asciiDigit, i > 0, s[i - 1].isLetter else { i += 1; continue }
            var j = i, n = d
            while j + 1 < s.count, let e = s[j + 1].asciiDigit, j + 1 - i < 3 { n = n &* 10 &+ e; j += 1 }
            j += 1
            guard j == s.count || !(s[j].asciiDigit != nil || s[j].isLetter) else { i = j; continue }
            // At a line end, over a blank line, before text that does not start with a number; or
            // before a note's opening (a capital, a quote) on the next line or the same line.
            var k = j, breaks = 0
            while k < s.count, s[k] == "\n" || s[k] == " " || s[k] == "\u{0C}" { if s[k] != " " { breaks += 1 }; k += 1 }
            let opensNote = k < s.count && (s[k].isUpperLetter || s[k] == "«" || s[k] == "\"")
            let overBlank = breaks >= 2 && s[j] == "\n" && k < s.count && s[k].asciiDigit == nil
            let sameLine = breaks == 0 && j < s.count && s[j] == " " && opensNote
            if overBlank || (breaks == 1 && s[j] == "\n" && opensNote) || sameLine, markers.contains(n) {
                edits.append((i..<j, k, n, sameLine))
            }
            markers.insert(n)
            i = j
        }
        guard !edits.isEmpty else { return s }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(s.count + edits.count * 4)
        var at = 0
        for e in edits {
            out += s[at..<e.digits.lowerBound]
            out.append("-")
            if e.sameLine {
                out.append("\n")
                out += String(e.number).unicodeScalars
                out.append(" ")
            } else if s[e.noteStart].isLowerLetter {
                out += s[e.digits.upperBound..<e.noteStart]
            } else {
                out += s[e.digits.upperBound..<e.noteStart]
                out += String(e.number).unicodeScalars
                out.append("\n")
            }
            at = e.noteStart
        }
        out += s[at...]
        return out
    }

    /// `true` when at most one line in twenty ends with a hyphen after a letter (pdftotext's
    /// default mode joins them all but where a block ends, 0–2 % on the typeset corpus; its
    /// `-raw` mode keeps them, on 24–45 % of the lines).
    static func isDehyphenated(_ s: [Unicode.Scalar]) -> Bool {
        var lines = 0, hyphens = 0
        s.withUnsafeBufferPointer { b in
            /// The last scalar before `i` that is not a space, or `nil`.
            func nonSpace(before i: Int) -> Int? {
                var j = i - 1
                while j >= 0, b[j] == " " { j -= 1 }
                return j >= 0 ? j : nil
            }
            // Line feeds and form feeds (U+000A, U+000C; not the vertical tab between them), in
            // one pass: each break is judged on what stands before it.
            var from = 0
            while let i = b.firstIndex(ofValuesIn: 0x0A...0x0C, in: from..<b.count) {
                from = i + 1
                guard b[i].value != 0x0B else { continue }
                lines += 1
                if let p = nonSpace(before: i), b[p] == "-", let q = nonSpace(before: p), b[q].isLetter { hyphens += 1 }
            }
        }
        return lines >= 20 && hyphens * 20 <= lines
    }
}
