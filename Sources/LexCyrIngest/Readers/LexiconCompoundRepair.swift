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
    ///
    /// One pass over the words; only the few that could split (long, Cyrillic, with a linking
    /// vowel or a particle where a split may fall) are lower-cased, and each distinct one is
    /// decided once.
    func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Words decided, by the hash of their lower-cased letters: most have no split (a set
        // of hashes, asked without rehashing); the few that split keep where.
        let unsplit = HashSet64()
        var splits = [UInt64: Int]()
        var inserts = [Int]()
        var word = [Unicode.Scalar]()
        word.reserveCapacity(64)
        scalars.withUnsafeBufferPointer { s in
            let n = s.count
            var i = 0
            while i < n {
                guard s[i].isLetter else { i += 1; continue }
                // A word: letters, with hyphens between letters.
                var j = i + 1, hyphen = false
                while j < n {
                    if s[j].isLetter { j += 1; continue }
                    if s[j] == "-", j + 1 < n, s[j + 1].isLetter { hyphen = true; j += 1; continue }
                    break
                }
                // A word before a line-end hyphen is the first part of a broken word, never a whole one.
                if j < n, s[j] == "-" { hyphen = true }
                defer { i = j + 1 }     // `s[j]` ended the word: no letter
                // Russian only (Kazakh has no linking vowels); words glued to digits (`U22`,
                // `ст5`) are codes, not words.
                guard !hyphen, j - i >= Self.minimumLength, Self.isCyrillic(s[i]),
                      i == 0 || !Self.isNumeric(s[i - 1]), j == n || !Self.isNumeric(s[j]) else { continue }
                word.removeAll(keepingCapacity: true)
                var h = FastCase.hashSeed
                var kazakh = false
                for k in i..<j {
                    let c = Self.lower(s[k])
                    if HunspellLexicon.isKazakhLetter(c) { kazakh = true; break }
                    word.append(c)
                    h = FastCase.hash(h, lowered: c.value)
                }
                guard !kazakh, Self.maySplit(word) else { continue }
                if unsplit.contains(h) { continue }
                if let known = splits[h] { inserts.append(i + known); continue }
                if let split = splitPoint(word) {
                    splits[h] = split
                    inserts.append(i + split)
                } else {
                    unsplit.insert(h)
                }
            }
        }
        guard !inserts.isEmpty else { return scalars }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(scalars.count + inserts.count)
        var from = 0
        for at in inserts {
            out += scalars[from..<at]
            out.append("-")
            from = at
        }
        out += scalars[from...]
        return out
    }

    /// `true` when lower-cased `w` has a place a hyphen may go: after a linking vowel with four
    /// letters on either side, before a particle, or after a prefix always written with a hyphen.
    private static func maySplit(_ w: [Unicode.Scalar]) -> Bool {
        if w.count >= 8 {
            for i in 3...(w.count - 5) where w[i] == "о" || w[i] == "е" { return true }
        }
        return particles.contains { w.count - $0.count >= 2 && w.ends(with: $0) } || prefixLength(w) != nil
    }

    /// Where to put the hyphen in `w` (lower case, Cyrillic, no Kazakh letter), or `nil`.
    private func splitPoint(_ w: [Unicode.Scalar]) -> Int? {
        if let p = Self.prefixLength(w) {
            return knows(w[...]) == false && knows(w[p...]) == true ? p : nil
        }
        var candidates = [Int]()
        for i in stride(from: 4, through: w.count - 4, by: 1) where w[i - 1] == "о" || w[i - 1] == "е" { candidates.append(i) }
        for p in Self.particles where w.count - p.count >= 2 && w.ends(with: p) {
            candidates.append(w.count - p.count)
        }
        guard !candidates.isEmpty, knows(w[...]) == false else { return nil }
        for i in candidates where knows(w[..<i]) == true && knows(w[i...]) == true {
            return i
        }
        return nil
    }

    /// The dictionary's answer for a Russian word.
    private func knows(_ w: ArraySlice<Unicode.Scalar>) -> Bool? {
        lexicon.knows(scalars: w, language: "ru")
    }

    /// The length of a first part always written with a hyphen: a prefix (`кое`, `экс`, `вице`)
    /// or `во`/`в` before an ordinal (`во-первых`, `в-третьих`).
    private static func prefixLength(_ w: [Unicode.Scalar]) -> Int? {
        // The hashes of the first three, four and five letters, each from the one before.
        var h = FastCase.hash(w[..<min(3, w.count)])
        for p in 3...5 where w.count > p + 2 {
            if p > 3 { h = FastCase.hash(h, w[p - 1]) }
            if Dehyphenator.prefixes.contains(h) { return p }
        }
        for p in 1...2 where w.count > p + 4 && w[0] == "в" && (p == 1 || w[1] == "о")
            && Dehyphenator.ordinals.contains(FastCase.hash(w[p...])) { return p }
        return nil
    }

    private static func isCyrillic(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x400 && s.value <= 0x4FF
    }

    /// `true` for a scalar with a numeric value (digits, `²`, `½`, ...); ASCII and Cyrillic
    /// without the property tables.
    @inline(__always)
    private static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v &- 0x30 < 10 }
        if v >= 0x400 && v < 0x530 { return false }
        return s.properties.numericType != nil
    }

    /// Lower case, one scalar for one.
    @inline(__always)
    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 0x430 && v <= 0x44F { return c }
        if v >= 0x410 && v <= 0x42F { return Unicode.Scalar(v + 0x20).unsafelyUnwrapped }
        if v >= 0x400 && v <= 0x40F { return Unicode.Scalar(v + 0x50).unsafelyUnwrapped }
        guard c.isUpperLetter, let l = c.properties.lowercaseMapping.unicodeScalars.first else { return c }
        return l
    }
}
