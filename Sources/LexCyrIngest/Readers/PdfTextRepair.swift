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
/// `-raw` output (hyphens kept, lines in content order) needs neither, and other text is left
/// as it is.
struct PdfTextRepair {
    /// Dictionary for ``LexiconCompoundRepair``; `nil` leaves joined compounds alone.
    let lexicon: Lexicon?

    /// `scalars` repaired.
    func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains("\u{0C}") else { return scalars }
        let text = LayoutTextColumns.rewrite(scalars)
        guard let lexicon, Self.isDehyphenated(text) else { return text }
        return LexiconCompoundRepair(lexicon: lexicon).repair(text)
    }

    /// `true` when at most one line in a hundred ends with a hyphen after a letter (pdftotext's
    /// default mode joins them all; typeset text broken into lines has them on 5–40 %).
    static func isDehyphenated(_ s: [Unicode.Scalar]) -> Bool {
        var lines = 0, hyphens = 0
        var previous: Unicode.Scalar = " ", beforePrevious: Unicode.Scalar = " "
        for c in s {
            if c == "\n" || c == "\u{0C}" {
                lines += 1
                if previous == "-" && beforePrevious.properties.isAlphabetic { hyphens += 1 }
            }
            if c != " " { beforePrevious = previous; previous = c }
        }
        return lines >= 20 && hyphens * 100 <= lines
    }
}
