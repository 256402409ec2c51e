import LexCyrCore

/// Puts back the hyphen of compounds that an extractor joined (poppler's reading-order mode
/// drops line-end hyphens: `административнотерриториальных`), where the document itself writes
/// the compound with its hyphen elsewhere (`административно-территориальной`).
struct CompoundRepair {
    /// Hashes of the joined first part plus four letters of the second.
    private let stems = HashSet64()
    /// `isHeadLength[n]`: a first part of `n` letters was seen.
    private var isHeadLength: [Bool] = []
    /// Hashes of the first three letters of the stems: most words are rejected on them.
    private let openings = HashSet64()
    /// Bit `v & 63` for the first letter `v` of each stem: a test before any hashing.
    private var initials: UInt64 = 0

    /// Letters of the second part that must agree (the rest is the ending).
    private static let agreeing = 4

    /// Learns the hyphenated compounds of `vocabulary`.
    init(vocabulary: Vocabulary) {
        for parts in vocabulary.compounds {
            guard parts.count == 2, parts[0].length >= 3, parts[1].length >= Self.agreeing else { continue }
            let stem = parts[0].scalars + parts[1].prefix(characters: Self.agreeing)
            stems.insert(FastCase.hash(stem))
            openings.insert(FastCase.hash(stem.prefix(3)))
            initials |= 1 << UInt64(stem[0].lowerFast.value & 63)
            let length = parts[0].length
            if length >= isHeadLength.count { isHeadLength += [Bool](repeating: false, count: length + 1 - isHeadLength.count) }
            isHeadLength[length] = true
        }
    }

    /// Inserts the missing hyphens into `paragraphs`.
    func repair(_ paragraphs: inout [MappedText]) {
        guard stems.count > 0 else { return }
        for p in paragraphs.indices {
            let insertions = hyphenPositions(paragraphs[p].scalars)
            guard !insertions.isEmpty else { continue }
            let text = paragraphs[p]
            var out = MappedText()
            out.reserveCapacity(text.count + insertions.count)
            var from = 0
            for at in insertions {
                out.append(contentsOf: text, range: from..<at)
                out.append("-", origin: -1)
                from = at
            }
            out.append(contentsOf: text, range: from..<text.count)
            paragraphs[p] = out
        }
    }

    /// Offsets where a hyphen goes, in increasing order.
    private func hyphenPositions(_ text: [Unicode.Scalar]) -> [Int] {
        text.withUnsafeBufferPointer { s in
            var out = [Int]()
            var i = 0
            while i < s.count {
                guard s[i].isLetter else { i &+= 1; continue }
                var j = i &+ 1
                // Lower-case basic Cyrillic letters are most letters: no look at the case tables.
                while j < s.count, s[j].value &- 0x430 < 0x20 || s[j].isLetter { j &+= 1 }
                let isPartOfHyphenated = (i > 0 && s[i - 1] == "-") || (j < s.count && s[j] == "-")
                if j - i >= 8, !isPartOfHyphenated, mayOpen(s[i]), let at = split(s[i..<j]) { out.append(i + at) }
                i = j &+ 1      // `s[j]` ended the word: no letter
            }
            return out
        }
    }

    /// `true` when a stem may start with `c` (the first test of ``split(_:)``, made before the call).
    @inline(__always)
    private func mayOpen(_ c: Unicode.Scalar) -> Bool {
        initials >> UInt64(c.lowerFast.value & 63) & 1 != 0
    }

    /// Where the hyphen of `word` goes, if the document writes a compound that starts like it:
    /// the shortest first part whose stem (first part and four letters) is known. Most words
    /// are rejected on their first three letters.
    private func split(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Int? {
        let w = word.startIndex
        let first = word[w].lowerFast
        guard initials >> UInt64(first.value & 63) & 1 != 0 else { return nil }
        var h = FastCase.hash(FastCase.hash(FastCase.hash(FastCase.hashSeed, lowered: first.value), word[w + 1]), word[w + 2])
        guard openings.contains(h) else { return nil }
        // Stems are no longer than the longest first part and four letters.
        let longest = min(word.count, isHeadLength.count - 1 + Self.agreeing)
        for k in 3..<max(3, longest) {
            h = FastCase.hash(h, word[w + k])
            let head = k + 1 - Self.agreeing
            if head >= 0, isHeadLength[head], stems.contains(h) { return head }
        }
        return nil
    }
}
