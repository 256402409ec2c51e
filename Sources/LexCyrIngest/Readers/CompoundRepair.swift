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

    private static let particles: Set<String> = ["то", "либо", "нибудь", "таки"]
    private static let minimumLength = 6

    /// `scalars` with the hyphens put back.
    func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let words = Self.words(scalars)
        var hyphenated = Set<String>()
        for w in words where w.hasHyphen { hyphenated.insert(lower(scalars[w.range])) }
        var decided = [String: Int?]()
        var inserts = [Int]()
        for w in words where !w.hasHyphen && w.range.count >= Self.minimumLength {
            let word = lower(scalars[w.range])
            let split: Int?
            if let known = decided[word] { split = known } else {
                split = splitPoint(Array(word.unicodeScalars), hyphenated: hyphenated)
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
    private func splitPoint(_ w: [Unicode.Scalar], hyphenated: Set<String>) -> Int? {
        var candidates = [Int]()
        for i in 2..<(w.count - 1) {
            let left = w.count - i
            if i >= 4, left >= 4, w[i - 1] == "о" || w[i - 1] == "е" { candidates.append(i); continue }
            if Self.particles.contains(string(w[i...])) { candidates.append(i) }
        }
        guard !candidates.isEmpty else { return nil }
        for i in candidates where hyphenated.contains(string(w[..<i]) + "-" + string(w[i...])) { return i }
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

    private func lower(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(s)).lowercased()
    }

    private func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(s))
    }
}
