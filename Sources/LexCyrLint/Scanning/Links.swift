/// Links in footnote text (`https://…`, `http://…`, `www.…`) and whether their access date is
/// stated.
enum Links {
    private static let prefixes: [[Unicode.Scalar]] = ["https://", "http://", "www."].map { Array($0.unicodeScalars) }
    private static let doi = Array("doi.org/".unicodeScalars)
    /// Words that state an access date without a date the scanner reads (`дата обращения`).
    private static let accessWords: [[Unicode.Scalar]] = ["обращени", "доступа", "посещени", "accessed", "retrieved", "viewed",
                                                          "қаралған", "қаралды"].map { Array($0.unicodeScalars) }

    /// Offsets in `range` of `note` where a link starts (`www.` right after `//` belongs to the
    /// link before). Only the `h` and `w` the note's ``Landmarks`` list are tried.
    static func starts(in note: LintContext.Note, _ range: Range<Int>) -> [Int] {
        let s = note.scalars
        let candidates = note.landmarks.linkStarts
        var out = [Int]()
        var i = range.lowerBound
        var k = Landmarks.firstIndex(in: candidates, notBefore: i)
        while k < candidates.count, candidates[k] < range.upperBound {
            let c = candidates[k]
            k += 1
            guard c >= i else { continue }
            if c == range.lowerBound || !(Scalars.isLetter(s[c - 1]) || s[c - 1] == "/"),
               prefixes.contains(where: { matches($0, s, c, range.upperBound) }) {
                out.append(c)
                i = end(in: s, from: c)
            }
        }
        return out
    }

    /// The end of the link starting at `i`: the first space, or a closing parenthesis or final
    /// punctuation before one.
    static func end(in s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count, !Scalars.isSpace(s[j]), s[j] != "\n" { j += 1 }
        while j > i, [".", ",", ";", ")", "»"].contains(s[j - 1]) { j -= 1 }
        return j
    }

    /// `true` for a DOI link (`https://doi.org/10.…`), which GOST gives without an access date.
    static func isIdentifier(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let end = end(in: s, from: i)
        return Scalars.find(doi, in: s, i..<end) != nil
    }

    /// `true` when `range` of `note` states an access date: a date the scanner marked as one, or
    /// the words of one (`дата обращения`, `қаралған күні`).
    static func accessStated(in note: LintContext.Note, _ range: Range<Int>) -> Bool {
        note.dates.contains { $0.role == .access && range.contains($0.span.start) }
            || Scalars.containsWord(anyOf: accessWords, in: note.scalars, range)
    }

    private static func matches(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        guard i + p.count <= end else { return false }
        for k in p.indices where Scalars.lower(s[i + k]) != p[k] { return false }
        return true
    }
}
