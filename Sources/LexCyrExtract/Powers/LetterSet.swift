/// A small, fixed set of lower-case words (prepositions, conjunctions, pronouns), for the
/// membership tests the power rules make on nearly every item.
///
/// `Set<Letters>` runs SipHash over each word asked about; this set is a ``LetterMap`` (a cheap
/// hash into a flat table, scalars compared only on a hash hit).
///
/// ```swift
/// let conjunctions: LetterSet = ["и", "или", "and"]
/// conjunctions.contains("или")   // true
/// ```
struct LetterSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let map: LetterMap<Bool>

    /// The set of `words`.
    init(_ words: [Letters]) { map = LetterMap(words.map { ($0, true) }) }

    init(arrayLiteral elements: Letters...) { self.init(elements) }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: Letters) -> Bool { map[word] != nil }

    func makeIterator() -> IndexingIterator<[Letters]> { map.allKeys.makeIterator() }
}
