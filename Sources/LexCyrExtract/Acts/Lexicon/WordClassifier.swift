import LexCyrCore

/// What one word means to the act parsers.
struct WordSense: Sendable {
    /// The word's stem (Snowball for Russian, lemma stem for Kazakh, else the word).
    var stem: String
    /// The act type the word names, if it is a type word (`Указом` → decree).
    var type: ActReference.Kind?
    /// A plural form of a type word (`законов`): generic, not one act.
    var plural = false
    /// Issuer families the type word needs to name an act (`Определение` needs a court).
    var needsIssuer: Set<String> = []
    /// The word refines a following type word (`Федеральный`, `Гражданский`).
    var modifier: ActLexicon.Modifier?
    /// The word may be part of an issuer's name (`Президента`, `Суда`); see ``IssuerResolver``.
    var issuerCue = false
    /// The issuer a Kazakh word names by itself (`Президентінің`).
    var issuer: String?
    /// The state the word names (`Казахстан`, `РФ`).
    var jurisdiction: String?
    /// `ССР`, `СССР`, `РСФСР`.
    var soviet = false
    /// A Kazakh form (`Заңы`, `Жарлығы`): in Kazakh the act's fields come before the type word.
    var kazakh = false
}

/// Classifies words for the act parsers, with a Snowball stemmer and the Kazakh morphology,
/// caching each word form's sense.
///
/// Not thread-safe (the stemmer is not); the extractor makes one per call.
final class WordClassifier {
    private let stemmer = RussianStemmer()
    private var cache: [String: WordSense] = [:]

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
        if let k = Fold.key(scalars, range, length: 4), triggerKeys4.contains(k) { return true }
        if let k = Fold.key(scalars, range, length: 3), triggerKeys3.contains(k) { return true }
        return false
    }

    /// The sense of the word at `range` of `scalars`.
    func sense(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> WordSense {
        sense(of: Fold.lowerString(scalars, range))
    }

    /// The sense of a lower-case word.
    func sense(of word: String) -> WordSense {
        if let s = cache[word] { return s }
        let s = classify(word)
        cache[word] = s
        return s
    }

    /// The stem used to compare titles (`управлении` → `управлен`); Kazakh words keep their
    /// first six letters.
    func titleStem(of word: String) -> String {
        if word.unicodeScalars.contains(where: Self.isKazakhLetter) { return String(word.prefix(6)) }
        return stemmer.stem(word)
    }

    private func classify(_ word: String) -> WordSense {
        guard !word.unicodeScalars.contains(where: Self.isKazakhLetter) else {
            return kazakh(word) ?? WordSense(stem: word, issuerCue: ActLexicon.issuerCues.contains(word),
                                             jurisdiction: ActLexicon.jurisdictions[word])
        }
        let s = russian(word)
        if s.type != nil || s.modifier != nil || s.issuerCue || s.jurisdiction != nil || s.soviet { return s }
        return kazakh(word) ?? s
    }

    private func russian(_ word: String) -> WordSense {
        let stem = stemmer.stem(word)
        var s = WordSense(stem: stem)
        let rest = word.hasPrefix(stem) ? String(word.dropFirst(stem.count)) : ""
        if let t = ActLexicon.russianTypes[stem], !t.rejects.contains(where: { rest.hasPrefix($0) }) {
            s.type = t.kind
            s.plural = t.plural.contains(rest)
            s.needsIssuer = t.needsIssuer
        }
        s.modifier = ActLexicon.russianModifiers[stem]
        s.issuerCue = ActLexicon.issuerCues.contains(stem) || Self.isMinistryAbbreviation(word)
        s.jurisdiction = ActLexicon.jurisdictions[stem] ?? ActLexicon.jurisdictions[word]
        s.soviet = ActLexicon.sovietCues.contains(word)
        return s
    }

    private func kazakh(_ word: String) -> WordSense? {
        guard let (lemma, plural) = KazakhMorphology.analyse(word) else { return nil }
        var s = WordSense(stem: lemma.stem)
        s.kazakh = word.unicodeScalars.contains(where: Self.isKazakhLetter) || word != lemma.stem
        switch lemma.meaning {
        case .type(let kind, let needsIssuer):
            s.type = kind
            if needsIssuer { s.needsIssuer = ActLexicon.courts.union(["central_election_commission", "local_representative", "local_executive"]) }
            s.plural = plural
        case .modifier(let m): s.modifier = m
        case .issuer(let i): s.issuer = i; s.issuerCue = true
        case .issuerPart: s.issuerCue = true
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
