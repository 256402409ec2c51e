/// Puts back the hyphen of compounds that `pdftotext` joined when it removed the line-end
/// hyphen: `административнотерриториальные` → `административно-территориальные`,
/// `социальноэкономического` → `социально-экономического`, `когдато` → `когда-то`.
///
/// A word is split only where its left part ends in a linking vowel (`о`, `е`) or its right
/// part is a particle (`то`, `либо`, `нибудь`, `таки`), and only when the document itself
/// writes that compound with a hyphen elsewhere, or when the dictionary does not know the
/// joined word but knows both parts.
struct CompoundRepair {
    /// Dictionary for the words the document cannot decide; `nil` uses the document only.
    let lexicon: Lexicon?

    private static let particles: [[Unicode.Scalar]] = ["то", "либо", "нибудь", "таки"].map { Array($0.unicodeScalars) }
    private static let minimumLength = 6

    /// `scalars` with the hyphens put back.
    func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let words = Self.words(scalars)
        var hyphenated = Set<[Unicode.Scalar]>()
        for w in words where w.hasHyphen { hyphenated.insert(Self.lower(scalars[w.range])) }
        var decided = [[Unicode.Scalar]: Int?]()
        var inserts = [Int]()
        for w in words where !w.hasHyphen && w.range.count >= Self.minimumLength {
            let word = Self.lower(scalars[w.range])
            let split: Int?
            if let known = decided[word] { split = known } else {
                split = splitPoint(word, hyphenated: hyphenated)
                decided[word] = split
            }
            if let split { inserts.append(w.range.lowerBound + split) }
        }
        guard !inserts.isEmpty else { return scalars }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(scalars.count + inserts.count)
        var next = 0
        for (i, s) in scalars.enumerated() {
            if next < inserts.count, inserts[next] == i { out.append("-"); next += 1 }
            out.append(s)
        }
        return out
    }

    /// Where to put the hyphen in `w` (lower case), or `nil`.
    private func splitPoint(_ w: [Unicode.Scalar], hyphenated: Set<[Unicode.Scalar]>) -> Int? {
        var candidates = [Int]()
        for i in stride(from: 4, through: w.count - 4, by: 1) where w[i - 1] == "о" || w[i - 1] == "е" { candidates.append(i) }
        for p in Self.particles where w.count - p.count >= 2 && w[(w.count - p.count)...].elementsEqual(p) {
            candidates.append(w.count - p.count)
        }
        guard !candidates.isEmpty else { return nil }
        for i in candidates where hyphenated.contains(Array(w[..<i]) + ["-"] + Array(w[i...])) { return i }
        // The dictionary decides Russian words only (Kazakh has no linking vowels).
        guard let lexicon, !w.contains(where: HunspellLexicon.isKazakhLetter),
              lexicon.knows(string(w[...])) == false else { return nil }
        for i in candidates where lexicon.knows(string(w[..<i])) == true && lexicon.knows(string(w[i...])) == true {
            return i
        }
        return nil
    }

    /// Cyrillic words (letters, with inner hyphens) of `s`.
    private static func words(_ s: [Unicode.Scalar]) -> [(range: Range<Int>, hasHyphen: Bool)] {
        var out = [(range: Range<Int>, hasHyphen: Bool)]()
        var i = 0
        while i < s.count {
            guard isCyrillicLetter(s[i]) else { i += 1; continue }
            var j = i, hyphen = false
            while j < s.count {
                if isCyrillicLetter(s[j]) { j += 1; continue }
                if s[j] == "-", j + 1 < s.count, isCyrillicLetter(s[j + 1]) { hyphen = true; j += 1; continue }
                break
            }
            // Words glued to Latin letters or digits (`U22`, `ст5`) are not words.
            let clean = (i == 0 || !(s[i - 1].properties.isAlphabetic || s[i - 1].properties.numericType != nil))
                && (j == s.count || !(s[j].properties.isAlphabetic || s[j].properties.numericType != nil))
            if clean { out.append((i..<j, hyphen)) }
            i = j
        }
        return out
    }

    private static func isCyrillicLetter(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x400 && s.value <= 0x4FF && s.properties.isAlphabetic
    }

    /// Lower case, one scalar for one (Cyrillic letters only reach here).
    private static func lower(_ s: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        s.map { c in
            if c.value >= 0x410 && c.value <= 0x42F { return Unicode.Scalar(c.value + 0x20)! }
            if c.value >= 0x400 && c.value <= 0x40F { return Unicode.Scalar(c.value + 0x50)! }
            guard c.properties.isUppercase, let l = c.properties.lowercaseMapping.unicodeScalars.first else { return c }
            return l
        }
    }

    private func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(s))
    }
}
