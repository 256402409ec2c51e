/// The words a document writes whole inside its lines (lower-cased, with their internal
/// hyphens): the first evidence for rejoining words broken at line ends.
///
/// Words are kept as ``FastCase`` hashes: a document has tens of thousands of words, and only
/// the few hyphenated ones are needed as text.
struct Vocabulary {
    /// Hashes of the words.
    let hashes: HashSet64
    /// Hashes of the first five letters of each word (the whole word when shorter).
    let starts: HashSet64
    /// The words that hold a hyphen (`социально-экономический`), lower-cased, cut at the hyphens.
    let compounds: [[Part]]

    /// A part of a hyphenated word.
    struct Part {
        /// The scalars, lower-cased.
        var scalars: [Unicode.Scalar]
        /// The length in characters (what a reader counts; scalars but for combining marks).
        var length: Int

        /// The scalars of the first `n` characters.
        func prefix(characters n: Int) -> [Unicode.Scalar] {
            length == scalars.count ? Array(scalars.prefix(n)) : Array(String(scalars: scalars).prefix(n).unicodeScalars)
        }
    }

    /// `word` cut at its hyphens, as `String.split(separator: "-")` cuts it.
    static func parts(of word: [Unicode.Scalar]) -> [Part] {
        guard word.allSatisfy(\.isOwnCharacter) else {
            return String(scalars: word).split(separator: "-").map { Part(scalars: Array($0.unicodeScalars), length: $0.count) }
        }
        return word.split(separator: "-").map { Part(scalars: Array($0), length: $0.count) }
    }

    /// Collects the words of `lines` (skipping `noise`): letter runs of two letters or more,
    /// hyphens between letters included, except the pieces of words broken at line ends.
    init(_ lines: [SourceLine], _ text: [Unicode.Scalar], noise: LineSet) {
        (hashes, starts, compounds) = text.withUnsafeBufferPointer { Self.collect(lines, $0, noise) }
    }

    private static func collect(_ lines: [SourceLine], _ s: UnsafeBufferPointer<Unicode.Scalar>,
                                _ noise: LineSet) -> (HashSet64, HashSet64, [[Part]]) {
        let hashes = HashSet64(capacity: s.count / 24)
        let starts = HashSet64(capacity: s.count / 48)
        var compounds = [[Part]]()
        var prevEndsWithHyphen = false
        for (k, line) in lines.enumerated() where !line.isBlank && !noise.contains(k) {
            var i = line.range.lowerBound
            let end = line.range.upperBound
            let endsWithHyphen = s[end - 1] == "-"
            var first = true
            while i < end {
                guard s[i].isLetter else { i += 1; continue }
                var j = i
                var h = FastCase.hashSeed
                var hyphen = false
                while j < end {
                    let c = s[j], v = c.value
                    // Basic Cyrillic and ASCII letters (most letters) lower-cased from their code
                    // points; other letters from ``Unicode/Scalar/lowerFast``.
                    if v &- 0x430 < 0x20 {
                        h = FastCase.hash(h, lowered: v)
                    } else if v &- 0x410 < 0x20 {
                        h = FastCase.hash(h, lowered: v &+ 0x20)
                    } else if (v | 0x20) &- 0x61 < 26 {
                        h = FastCase.hash(h, lowered: v | 0x20)
                    } else if c.isLetter {
                        h = FastCase.hash(h, c)
                    } else if v == 0x2D, j &+ 1 < end, s[j &+ 1].isLetter {
                        hyphen = true
                        h = FastCase.hash(h, c)
                    } else {
                        break
                    }
                    j &+= 1
                }
                let isLast = j >= end - 1
                if !(first && prevEndsWithHyphen) && !(isLast && endsWithHyphen) && j - i >= 2 {
                    if hashes.insert(h) {
                        // The first five scalars hash as they did in the word's hash.
                        starts.insert(j - i >= 5 ? FastCase.hash(s[i..<(i &+ 5)]) : h)
                        if hyphen { compounds.append(Self.parts(of: s[i..<j].map(\.lowerFast))) }
                    }
                }
                first = false
                // What ended the word is no letter: the scan goes on after it.
                i = j &+ 1
            }
            prevEndsWithHyphen = endsWithHyphen
        }
        return (hashes, starts, compounds)
    }

    /// `true` when the document has the word `scalars` (compared lower-cased).
    func contains<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        hashes.contains(FastCase.hash(scalars))
    }

    /// `true` when the document has the word whose ``FastCase`` hash is `hash`.
    func contains(hash: UInt64) -> Bool {
        hashes.contains(hash)
    }
}
