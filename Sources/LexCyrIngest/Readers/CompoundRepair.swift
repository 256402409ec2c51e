/// Puts back the hyphen of compounds that `pdftotext` joined when it removed the line-end
/// hyphen: `административнотерриториальные` → `административно-территориальные`,
/// `социальноэкономического` → `социально-экономического`, `когдато` → `когда-то`,
/// `pretrial` → `pre-trial`.
///
/// A word is split where the document itself writes that compound with a hyphen elsewhere (any
/// script). A Russian word is also split where its left part ends in a linking vowel (`о`,
/// `е`) or its right part is a particle (`то`, `либо`, `нибудь`, `таки`), when the dictionary
/// does not know the joined word but knows both parts.
struct CompoundRepair {
    /// Dictionary for the words the document cannot decide; `nil` uses the document only.
    let lexicon: Lexicon?

    private static let particles: [[Unicode.Scalar]] = ["то", "либо", "нибудь", "таки"].map { Array($0.unicodeScalars) }
    private static let minimumLength = 6

    /// Hyphenated words of the document (lower case) and their first parts.
    private struct Compounds {
        var words = Set<[Unicode.Scalar]>()
        var heads = Set<[Unicode.Scalar]>()
    }

    /// `scalars` with the hyphens put back.
    func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let words = Self.words(scalars)
        var compounds = Compounds()
        for w in words where w.hasHyphen {
            let word = Self.lower(scalars[w.range])
            compounds.words.insert(word)
            compounds.heads.insert(Array(word.prefix { $0 != "-" }))
        }
        var decided = [[Unicode.Scalar]: Int?]()
        var inserts = [Int]()
        for w in words where !w.hasHyphen && w.range.count >= Self.minimumLength {
            let word = Self.lower(scalars[w.range])
            let split: Int?
            if let known = decided[word] { split = known } else {
                split = splitPoint(word, compounds: compounds)
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
    private func splitPoint(_ w: [Unicode.Scalar], compounds: Compounds) -> Int? {
        for i in 2..<(w.count - 1) where compounds.heads.contains(Array(w[..<i])) {
            if compounds.words.contains(Array(w[..<i]) + ["-"] + Array(w[i...])) { return i }
        }
        guard Self.isCyrillic(w[0]) else { return nil }
        var candidates = [Int]()
        for i in stride(from: 4, through: w.count - 4, by: 1) where w[i - 1] == "о" || w[i - 1] == "е" { candidates.append(i) }
        for p in Self.particles where w.count - p.count >= 2 && w[(w.count - p.count)...].elementsEqual(p) {
            candidates.append(w.count - p.count)
        }
        // The dictionary decides Russian words only (Kazakh has no linking vowels).
        guard !candidates.isEmpty, let lexicon, !w.contains(where: HunspellLexicon.isKazakhLetter),
              lexicon.knows(string(w[...])) == false else { return nil }
        for i in candidates where lexicon.knows(string(w[..<i])) == true && lexicon.knows(string(w[i...])) == true {
            return i
        }
        return nil
    }

    /// Words (letters, with inner hyphens) of `s`.
    private static func words(_ s: [Unicode.Scalar]) -> [(range: Range<Int>, hasHyphen: Bool)] {
        var out = [(range: Range<Int>, hasHyphen: Bool)]()
        var i = 0
        while i < s.count {
            guard s[i].properties.isAlphabetic else { i += 1; continue }
            var j = i, hyphen = false
            while j < s.count {
                if s[j].properties.isAlphabetic { j += 1; continue }
                if s[j] == "-", j + 1 < s.count, s[j + 1].properties.isAlphabetic { hyphen = true; j += 1; continue }
                break
            }
            // Words glued to digits (`U22`, `ст5`) are codes, not words.
            let clean = (i == 0 || s[i - 1].properties.numericType == nil) && (j == s.count || s[j].properties.numericType == nil)
            if clean { out.append((i..<j, hyphen)) }
            i = j
        }
        return out
    }

    private static func isCyrillic(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x400 && s.value <= 0x4FF
    }

    /// Lower case, one scalar for one.
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
