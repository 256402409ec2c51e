/// A small, fixed set of lower-case words (prepositions, conjunctions, pronouns), for the
/// membership tests the power rules make on nearly every item.
///
/// `Set<Letters>` runs SipHash over each word asked about; this set hashes a word's length and
/// first and last scalars with one multiplication each and probes a flat table, and compares
/// scalars only on a hash hit.
///
/// ```swift
/// let conjunctions: LetterSet = ["и", "или", "and"]
/// conjunctions.contains("или")   // true
/// ```
struct LetterSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let words: [Letters]
    /// Index into ``words`` plus one for each slot; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int

    /// The set of `words`.
    init(_ words: [Letters]) {
        var unique = [Letters]()
        for w in words where !unique.contains(w) { unique.append(w) }
        var size = 16
        while size < unique.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (n, w) in unique.enumerated() {
            var i = Self.hash(w) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(n + 1)
        }
        self.words = unique
        self.slots = slots
        self.mask = size - 1
    }

    init(arrayLiteral elements: Letters...) { self.init(elements) }

    @inline(__always)
    private static func hash(_ w: Letters) -> Int {
        let s = w.scalars
        guard let first = s.first, let last = s.last else { return 0 }
        var h = UInt64(truncatingIfNeeded: s.count) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ UInt64(first.value)) &* 0xBF58_476D_1CE4_E5B9
        if s.count > 1 { h = (h ^ UInt64(s[1].value)) &* 0x94D0_49BB_1331_11EB }
        h = (h ^ UInt64(last.value)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 40)
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: Letters) -> Bool {
        var i = Self.hash(word) & mask
        while true {
            let n = Int(slots[i])
            if n == 0 { return false }
            if words[n - 1] == word { return true }
            i = (i + 1) & mask
        }
    }

    func makeIterator() -> IndexingIterator<[Letters]> { words.makeIterator() }
}
