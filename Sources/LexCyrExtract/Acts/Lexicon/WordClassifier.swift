import LexCyrCore

/// Classifies words for the act parsers, with a Snowball stemmer and the Kazakh morphology,
/// caching each word form's sense.
///
/// Not thread-safe (the stemmer is not); the extractor makes one per call.
final class WordClassifier {
    /// Snowball's Russian stemmer; `nil` (words left unstemmed) if libstemmer lacks it.
    private let stemmer = try? Stemmer(language: "russian")
    /// Senses of the word forms seen, found by the hash of the lower-cased word; `words` tells
    /// hash collisions apart and `next` chains them.
    private var index: [UInt64: Int] = [:]
    private var words: [[Unicode.Scalar]] = []
    private var senses: [WordSense] = []
    /// The stem of each word form (Snowball's, or a Kazakh word's first six letters).
    private var stems: [String] = []
    private var next: [Int] = []

    /// First letters of the type words: a word whose first four (or, for `заң`, three) letters
    /// are not here cannot name an act, and is skipped without building a string.
    private static let triggerKeys4: Set<UInt64> = {
        var keys = Set<UInt64>()
        for stem in ActLexicon.russianTypes.keys { if let k = Fold.key(stem, length: 4) { keys.insert(k) } }
        for lemma in KazakhMorphology.lemmas {
            if case .type = lemma.meaning, let k = Fold.key(lemma.stem, length: 4) { keys.insert(k) }
        }
        return keys
    }()
    private static let triggerKeys3: Set<UInt64> = [Fold.key("заң", length: 3)!]

    /// `true` when the word at `range` may name an act type: the cheap check run on every word.
    @inline(__always)
    static func mayBeTypeWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        if range.count <= 3, scalars[range.lowerBound] == "Ф" { return standsAlone(scalars, range) }
        guard let k3 = Fold.key(scalars, range, length: 3) else { return false }
        if triggerKeys3.contains(k3) { return true }
        guard range.count >= 4 else { return false }
        let v = Fold.lower(scalars[range.lowerBound + 3]).value
        return v <= 0xFFFF && triggerKeys4.contains(k3 << 16 | UInt64(v))
    }

    /// `false` for a type word that cannot name an act where it stands: glued to a number
    /// (`152-ФЗ`, `ФЗ` of `N 63-ФЗ`) or an abbreviation not in capitals (`фз`).
    static func standsAlone(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        if range.lowerBound > 0 {
            let c = scalars[range.lowerBound - 1]
            if c == "-" || c == "‑" || c.asciiDigitValue != nil { return false }
        }
        if range.count <= 3, Fold.lower(scalars[range.lowerBound]) == "ф" {
            return range.allSatisfy { Fold.isUpper(scalars[$0]) }
        }
        return true
    }

    /// The sense of the word at `range` of `scalars`; a word form seen before costs one hash.
    func sense(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> WordSense {
        senses[entry(scalars, range)]
    }

    /// The stem used to compare titles (`управлении` → `управлен`); Kazakh words keep their
    /// first six letters. Computed once per word form, with its sense.
    func stem(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        stems[entry(scalars, range)]
    }

    /// The index of the word form at `range` in the caches, classifying it when it is new.
    private func entry(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        let h = WordSet.hash(scalars, range)
        var e = index[h] ?? -1
        while e >= 0 {
            if same(words[e], scalars, range) { return e }
            e = next[e]
        }
        let word = Fold.lowerString(scalars, range)
        let kazakhLetters = word.unicodeScalars.contains(where: Self.isKazakhLetter)
        let stem = kazakhLetters ? String(word.prefix(6)) : stemmer?.stem(word) ?? word
        next.append(index[h] ?? -1)
        index[h] = senses.count
        words.append(Array(word.unicodeScalars))
        senses.append(classify(word, stem: stem, kazakhLetters: kazakhLetters))
        stems.append(stem)
        return senses.count - 1
    }

    /// `true` when `word` (lower case) is the word at `range`, in any case.
    @inline(__always)
    private func same(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard word.count == range.count else { return false }
        var k = 0
        for i in range {
            if word[k] != Fold.lower(scalars[i]) { return false }
            k += 1
        }
        return true
    }

    private func classify(_ word: String, stem: String, kazakhLetters: Bool) -> WordSense {
        let entry = StemTable.entry(word)
        let roles = entry?.roles ?? []
        guard !kazakhLetters else {
            var s = kazakh(word) ?? WordSense(jurisdiction: entry?.jurisdiction)
            s.roles.formUnion(roles)
            return s
        }
        var s = russian(word, stem: stem, entry)
        s.roles.formUnion(roles)
        if s.type != nil || s.modifier != nil || s.issuerCue || s.jurisdiction != nil { return s }
        if var k = kazakh(word) { k.roles.formUnion(s.roles); return k }
        return s
    }

    /// The sense of a Russian word; `whole` is the lexicon entry of the word itself.
    private func russian(_ word: String, stem: String, _ whole: StemTable.Entry?) -> WordSense {
        let entry = StemTable.entry(stem)
        var s = WordSense()
        if let t = entry?.type {
            let rest = word.hasPrefix(stem) ? String(word.dropFirst(stem.count)) : ""
            if !t.rejects.contains(where: { rest.hasPrefix($0) }) {
                s.type = t.kind
                s.plural = t.plural.contains(rest)
                s.needs = t.needs
            }
        }
        s.modifier = entry?.modifier
        if let issuer = entry?.issuer, !issuer.isEmpty { s.issuer = issuer } else if Self.isMinistryAbbreviation(word) { s.issuer = .minister }
        s.jurisdiction = entry?.jurisdiction ?? whole?.jurisdiction
        s.roles = entry?.roles ?? []
        if stem.hasPrefix("республик") { s.roles.insert(.republic) }
        return s
    }

    private func kazakh(_ word: String) -> WordSense? {
        guard let form = KazakhMorphology.form(of: word) else { return nil }
        let lemma = form.lemma, plural = form.plural
        var s = WordSense()
        s.roles = ActLexicon.roles[lemma.stem] ?? []
        if word.unicodeScalars.contains(where: Self.isKazakhLetter) || word != lemma.stem { s.roles.insert(.kazakh) }
        if form.oblique { s.roles.insert(.oblique) }
        switch lemma.meaning {
        case .type(let kind, let needs):
            s.type = kind
            s.needs = needs
            s.plural = plural
        case .modifier(let m):
            s.modifier = m
            if m == .constitutional { s.issuer = .constitutional }
        case .issuer(let parts): s.issuer = parts
        case .jurisdiction(let j): s.jurisdiction = j
        }
        return s
    }

    /// `Минфин`, `Минюст`, `Минобрнауки`: Russian ministries by their short names.
    private static func isMinistryAbbreviation(_ word: String) -> Bool {
        word.count >= 5 && word.hasPrefix("мин") && !word.hasPrefix("минск") && !word.hasPrefix("миним")
            && !word.hasPrefix("минут") && !word.hasPrefix("минув") && !word.hasPrefix("минов") && !word.hasPrefix("минер")
    }

    /// Kazakh letters that Russian does not use.
    static func isKazakhLetter(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І": true
        default: false
        }
    }
}
