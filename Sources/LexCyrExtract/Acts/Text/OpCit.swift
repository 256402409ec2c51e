/// `Указ. соч.` (and `Указ. раб.`) is "op. cit.", not a decree.
enum OpCit {
    private static let work = WordSet(["соч", "раб", "изд"])

    /// `true` when the word at `range` is `Указ` followed by `. соч`.
    static func follows(_ v: TokenView, _ range: Range<Int>) -> Bool {
        let s = v.scalars
        guard range.count == 4, range.upperBound + 2 < s.count, s[range.upperBound] == ".",
              Fold.lower(s[range.lowerBound]) == "у" else { return false }
        var i = range.upperBound + 1
        while i < s.count, s[i] == " " { i += 1 }
        var j = i
        while j < s.count, j - i < 4, s[j].properties.isAlphabetic { j += 1 }
        return j > i && work.contains(s, i..<j)
    }
}
