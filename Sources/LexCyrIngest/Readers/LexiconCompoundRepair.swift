/// Puts back the hyphen of Russian compounds that `pdftotext` joined when it removed the
/// line-end hyphen, where the document offers no hyphenated twin to copy (the cleaner's
/// `CompoundRepair` handles those): `социальноэкономического` → `социально-экономического`,
/// `когдато` → `когда-то`.
///
/// A word is split where its left part ends in a linking vowel (`о`, `е`) or its right part
/// is a particle (`то`, `либо`, `нибудь`, `таки`), and only when the dictionary does not know
/// the joined word but knows both parts; after a prefix always written with a hyphen
/// (`коегде` → `кое-где`, `Вопервых` → `Во-первых`) when it knows the rest.
struct LexiconCompoundRepair {
    /// The dictionary that vouches for the parts.
    let lexicon: Lexicon

    private static let particles: [[Unicode.Scalar]] = ["то", "либо", "нибудь", "таки"].map { Array($0.unicodeScalars) }
    private static let minimumLength = 6

    /// `scalars` with the hyphens put back.
    func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var decided = [[Unicode.Scalar]: Int?]()
        var inserts = [Int]()
        for w in Self.words(scalars) where !w.hasHyphen && w.range.count >= Self.minimumLength {
            let word = Self.lower(scalars[w.range])
            let split: Int?
            if let known = decided[word] { split = known } else {
                split = splitPoint(word)
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
    private func splitPoint(_ w: [Unicode.Scalar]) -> Int? {
        // Russian only: Kazakh has no linking vowels.
        guard Self.isCyrillic(w[0]), !w.contains(where: HunspellLexicon.isKazakhLetter) else { return nil }
        if let p = Self.prefixLength(w) {
            return lexicon.knows(string(w[...])) == false && lexicon.knows(string(w[p...])) == true ? p : nil
        }
        var candidates = [Int]()
        for i in stride(from: 4, through: w.count - 4, by: 1) where w[i - 1] == "о" || w[i - 1] == "е" { candidates.append(i) }
        for p in Self.particles where w.count - p.count >= 2 && w[(w.count - p.count)...].elementsEqual(p) {
            candidates.append(w.count - p.count)
        }
        guard !candidates.isEmpty, lexicon.knows(string(w[...])) == false else { return nil }
        for i in candidates where lexicon.knows(string(w[..<i])) == true && lexicon.knows(string(w[i...])) == true {
            return i
        }
        return nil
    }

    /// The length of a first part always written with a hyphen: a prefix (`кое`, `экс`, `вице`)
    /// or `во`/`в` before an ordinal (`во-первых`, `в-третьих`).
    private static func prefixLength(_ w: [Unicode.Scalar]) -> Int? {
        for p in 3...5 where w.count > p + 2 && Dehyphenator.prefixes.contains(FastCase.hash(w[..<p])) { return p }
        for p in 1...2 where w.count > p + 4 && w[0] == "в" && (p == 1 || w[1] == "о")
            && Dehyphenator.ordinals.contains(FastCase.hash(w[p...])) { return p }
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
            // A word before a line-end hyphen is the first part of a broken word, never a whole one.
            if j < s.count, s[j] == "-" { hyphen = true }
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
