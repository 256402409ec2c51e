/// Decides whether a hyphen at a line end breaks a word (`сформирова-⏎ния` → `сформирования`)
/// or belongs to it (`административно-⏎территориальной`), from several kinds of evidence:
///
/// 1. the document's own vocabulary: the same word seen elsewhere unbroken, with or without
///    the hyphen;
/// 2. grammar: hyphenated particles (`-то`, `-либо`, `-нибудь`), prefixes (`кое-`), a capital
///    after the hyphen (`Премьер-⏎Министр`), digits (`COVID-⏎19`);
/// 3. a dictionary (Hunspell) when one is installed: the joined form is a word, or both halves
///    are words and the joined form is not;
/// 4. otherwise the hyphen is a line break (by far the commoner case in typeset text).
struct Dehyphenator {
    /// Words of the document (lower-cased) seen unbroken, for evidence 1.
    var vocabulary: Set<String>
    /// Dictionary for evidence 3, if available.
    var lexicon: Lexicon?

    /// Parts of a compound the document writes with a hyphen (`социально` from
    /// `социально-экономический`), built from ``vocabulary``.
    var compoundHeads: Set<String> = []
    /// Hashes of the first five letters of the document's words (the whole word when shorter).
    var wordStarts: Set<UInt64> = []
    /// Hashes of the vocabulary's words: lookups without hashing `String`s (which normalizes).
    private var known: Set<UInt64> = []

    /// Creates a dehyphenator from the document's vocabulary (lower-cased words, hyphenated ones
    /// with their hyphens) and an optional dictionary.
    init(vocabulary: Set<String>, lexicon: Lexicon?) {
        self.vocabulary = vocabulary
        self.lexicon = lexicon
        known.reserveCapacity(vocabulary.count)
        for word in vocabulary {
            known.insert(FastCase.hash(word.unicodeScalars))
            wordStarts.insert(FastCase.hash(word.unicodeScalars.prefix(5)))
            guard word.utf8.contains(UInt8(ascii: "-")) else { continue }
            let parts = word.split(separator: "-")
            for part in parts.dropLast() where part.count >= 4 { compoundHeads.insert(String(part)) }
        }
    }

    /// `true` when the document has the lower-cased `word`.
    private func has(_ word: String) -> Bool {
        known.contains(FastCase.hash(word.unicodeScalars))
    }

    private static let kazakhAdjectiveEndings = ["лы", "лі", "ды", "ді", "ты", "ті", "лық", "лік", "дық", "дік",
                                                 "тық", "тік", "и"]
    private static let particles: Set<String> = ["либо", "нибудь", "таки"]
    private static let shortParticles: Set<String> = ["то", "ка", "де"]
    private static let pronouns: Set<String> = ["кто", "что", "где", "куда", "когда", "как", "какой", "какая", "какое",
                                                "какие", "каким", "каких", "какую", "какого", "какому", "чей", "чья",
                                                "почему", "зачем", "откуда", "кого", "чего", "кому", "чему", "кем", "чем",
                                                "ком", "чём", "сколько", "давай", "скажи", "смотри", "пойди", "так"]
    private static let ordinals: Set<String> = ["первых", "вторых", "третьих", "четвертых", "четвёртых", "пятых", "шестых"]
    private static let prefixes: Set<String> = ["кое", "кой", "экс", "вице", "лейб", "обер", "унтер", "штаб"]

    /// `true` when the hyphen between `left` and `right` must be kept.
    func keepsHyphen(left: ArraySlice<Unicode.Scalar>, right: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let l = left.last, let r = right.first else { return true }
        if !l.isLetter || !r.isLetter { return true }
        if r.isUpperLetter && !right.allSatisfy({ !$0.isLowerLetter }) { return true }
        let lowLeft = FastCase.lower(left), lowRight = FastCase.lower(right)
        let lastPart = lowLeft.split(separator: "-").last.map(String.init) ?? lowLeft
        let joined = lowLeft + lowRight
        let hyphenated = lowLeft + "-" + lowRight
        if has(hyphenated) { return true }
        if has(joined) { return false }
        if Self.prefixes.contains(lastPart) { return true }
        // Both halves are words of the document, the joined form is not (`administrative-⏎territorial`).
        if lastPart.count >= 4, lowRight.count >= 4, has(lastPart), has(lowRight), !has(lastPart + lowRight) { return true }
        // A word of the document that runs across the break (`басқару` for `басқа-⏎рудың`).
        if extendsVocabularyWord(lastPart, lowRight) { return false }
        // Kazakh endings never stand alone after a hyphen (`басқарушы-⏎лардың`).
        if isKazakh(joined) && KazakhSuffixes.isEnding(lowRight) { return false }
        if keepsParticle(lastPart, lowRight) || isAdverbialCompound(lastPart, lowRight) { return true }
        // The document writes this first part with a hyphen elsewhere (`социально-…`).
        if lastPart.count >= 4, compoundHeads.contains(lastPart) { return true }
        // Kazakh reduplication: өзін-өзі, әр-түрлі.
        if lastPart.count >= 2, lowRight.hasPrefix(String(lastPart.prefix(2))), lowRight.count <= lastPart.count + 1,
           lowRight != lastPart, isKazakh(lowLeft + lowRight) { return true }
        // The dictionary is asked only where a compound is possible: loading it costs tens of
        // milliseconds, and an ordinary line-end hyphen is joined either way.
        let kazakh = isKazakh(joined)
        if let lexicon, mayBeCompound(lastPart, lowRight, kazakh: kazakh) {
            let language = kazakh ? "kk" : "ru"
            let joinedKnown = lexicon.knows(lastPart + lowRight, language: language)
            if joinedKnown == true { return false }
            if joinedKnown == false, lexicon.knows(lowRight, language: language) == true {
                // Both halves are words; in Kazakh, not when the second is a stub with endings.
                if lexicon.knows(lastPart, language: language) == true,
                   !(kazakh && KazakhSuffixes.isShortStemWithEnding(lowRight)) { return true }
                // Kazakh paired words: `тепе-теңдік`, `ата-ана` (often alliterating), and
                // adjective pairs whose first part the dictionary may lack (`формальды-заңдық`).
                if kazakh, lowRight.count >= 4, lowRight.hasPrefix(String(lastPart.prefix(2))) { return true }
                if kazakh, lowRight.count >= 4, lastPart.count >= 6, !KazakhSuffixes.isShortStemWithEnding(lowRight),
                   Self.kazakhAdjectiveEndings.contains(where: { lastPart.hasSuffix($0) }) { return true }
            }
        }
        return false
    }

    /// `true` when a vocabulary word of five letters or more starts with `left` and goes on
    /// into `right`.
    private func extendsVocabularyWord(_ left: String, _ right: String) -> Bool {
        let l = left.unicodeScalars.count
        let total = l + right.unicodeScalars.count
        guard l >= 2, total >= l + 2 else { return false }
        // Endings differ by a few letters: look at most four letters back.
        let shortest = max(l + 2, 5, total - 4)
        guard shortest <= total - 1 else { return false }
        var hashes = [UInt64]()
        var h = FastCase.hash(left.unicodeScalars)
        var length = l
        for c in right.unicodeScalars {
            h = FastCase.hash(h, c)
            length += 1
            if length >= shortest && length <= total - 1 { hashes.append(h) }
        }
        return hashes.contains(where: known.contains)
    }

    /// `кто-то`, `где-либо`, `что-нибудь`, `всё-таки`.
    private func keepsParticle(_ left: String, _ right: String) -> Bool {
        Self.particles.contains(right) || (Self.shortParticles.contains(right) && Self.pronouns.contains(left))
    }

    /// `по-прежнему`, `по-казахски`, `во-первых`, `из-за`, `из-под`.
    private func isAdverbialCompound(_ left: String, _ right: String) -> Bool {
        switch left {
        case "по": ["ому", "ему", "ски", "цки", "ьи"].contains { right.hasSuffix($0) } && right.count >= 4
        case "во", "в": Self.ordinals.contains(right)
        case "из": right == "за" || right == "под"
        default: false
        }
    }

    /// `true` when the halves could make a compound: Kazakh words, or a Russian first part ending
    /// in a linking vowel (`административно-`), long or before a word the document starts elsewhere.
    private func mayBeCompound(_ left: String, _ right: String, kazakh: Bool) -> Bool {
        guard left.count >= 3, right.count >= 3 else { return false }
        if kazakh { return true }
        guard let last = left.unicodeScalars.last, last == "о" || last == "е" || last == "и" else { return false }
        // `административно-`, `социально-`, `историко-`, `финансово-`: adverb-like first parts.
        if left.count >= 6, ["но", "ко", "во", "не"].contains(where: { left.hasSuffix($0) }) { return true }
        return wordStarts.contains(FastCase.hash(right.unicodeScalars.prefix(5)))
    }


    private func isKazakh(_ s: String) -> Bool {
        s.unicodeScalars.contains(where: HunspellLexicon.isKazakhLetter)
    }
}
