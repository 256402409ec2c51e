/// What the layout rules ask of a physical line again and again (as the line before a break, as
/// the line after it, in the footnote scan and in the joiner), computed once per line.
struct LineFacts {
    /// ``BlockClassifier/looksLikeHeading(_:_:)``.
    var heading = false
    /// In capitals, with three letters or more (``BlockClassifier/isCapsLine(_:minLetters:)``).
    var caps3 = false
    /// In capitals, with eight letters or more.
    var caps = false
    /// Starts with a capital and an abstract or keywords label.
    var label = false

    /// The facts of every line of `lines` (blank lines have none).
    static func of(_ lines: [SourceLine], _ s: [Unicode.Scalar]) -> [LineFacts] {
        lines.map { line in
            guard !line.isBlank else { return LineFacts() }
            let r = line.range
            let (caps3, caps) = BlockClassifier.capsFacts(s[r])
            return LineFacts(heading: BlockClassifier.looksLikeHeading(line, s, caps: caps),
                             caps3: caps3,
                             caps: caps,
                             label: s[r.lowerBound].isUpperLetter && BlockClassifier.startsBlockLabel(s, r))
        }
    }
}
