import LexCyrCore

/// Puts back the hyphen of compounds that an extractor joined (poppler's reading-order mode
/// drops line-end hyphens: `административнотерриториальных`), where the document itself writes
/// the compound with its hyphen elsewhere (`административно-территориальной`).
struct CompoundRepair {
    /// Hash of the joined first part plus four letters of the second → length of the first part.
    private var stems: [UInt64: Int] = [:]
    /// Lengths of first parts seen, ascending.
    private var headLengths: [Int] = []

    /// Letters of the second part that must agree (the rest is the ending).
    private static let agreeing = 4

    /// Learns the hyphenated compounds of `vocabulary`.
    init(vocabulary: Vocabulary) {
        for word in vocabulary.hyphenated {
            let parts = word.split(separator: "-")
            guard parts.count == 2, parts[0].count >= 3, parts[1].count >= Self.agreeing else { continue }
            let stem = Array((String(parts[0]) + String(parts[1].prefix(Self.agreeing))).unicodeScalars)
            stems[FastCase.hash(stem[...])] = parts[0].count
            if !headLengths.contains(parts[0].count) { headLengths.append(parts[0].count) }
        }
        headLengths.sort()
    }

    /// Inserts the missing hyphens into `paragraphs`.
    func repair(_ paragraphs: inout [MappedText]) {
        guard !stems.isEmpty else { return }
        for p in paragraphs.indices {
            let insertions = hyphenPositions(paragraphs[p].scalars)
            guard !insertions.isEmpty else { continue }
            let text = paragraphs[p]
            var out = MappedText()
            out.reserveCapacity(text.count + insertions.count)
            var next = 0
            for i in 0..<text.count {
                if next < insertions.count, insertions[next] == i {
                    out.append("-", origin: -1)
                    next += 1
                }
                out.append(text.scalars[i], origin: Int(text.origins[i]))
            }
            paragraphs[p] = out
        }
    }

    /// Offsets where a hyphen goes, in increasing order.
    private func hyphenPositions(_ s: [Unicode.Scalar]) -> [Int] {
        var out = [Int]()
        var i = 0
        while i < s.count {
            guard s[i].isLetter else { i += 1; continue }
            var j = i
            while j < s.count, s[j].isLetter { j += 1 }
            let isPartOfHyphenated = (i > 0 && s[i - 1] == "-") || (j < s.count && s[j] == "-")
            if j - i >= 8, !isPartOfHyphenated, let at = split(s[i..<j]) { out.append(i + at) }
            i = j
        }
        return out
    }

    /// Where the hyphen of `word` goes, if the document writes a compound that starts like it.
    private func split(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        for length in headLengths where word.count >= length + Self.agreeing {
            let start = word.startIndex
            if stems[FastCase.hash(word[start..<(start + length + Self.agreeing)])] == length { return length }
        }
        return nil
    }
}
