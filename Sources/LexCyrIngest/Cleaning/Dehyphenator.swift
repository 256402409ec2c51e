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
    /// Words of the document seen unbroken, for evidence 1.
    var vocabulary: Vocabulary
    /// Dictionary for evidence 3, if available.
    var lexicon: Lexicon?

    /// Hashes of the parts of compounds the document writes with a hyphen (`социально` from
    /// `социально-экономический`).
    private let compoundHeads = HashSet64()

    /// Creates a dehyphenator from the document's vocabulary and an optional dictionary.
    init(vocabulary: Vocabulary, lexicon: Lexicon?) {
        self.vocabulary = vocabulary
        self.lexicon = lexicon
        for parts in vocabulary.compounds {
            for part in parts.dropLast() where part.length >= 4 { compoundHeads.insert(FastCase.hash(part.scalars)) }
        }
    }

    private static func words(_ list: [String]) -> HashSet64 { HashSet64(list.map { FastCase.hash($0.unicodeScalars) }) }
    private static func scalars(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }

    private static let kazakhAdjectiveEndings = scalars(["лы", "лі", "ды", "ді", "ты", "ті", "лық", "лік", "дық", "дік",
                                                         "тық", "тік", "и"])
    private static let particles = words(["либо", "нибудь", "таки"])
    private static let shortParticles = words(["то", "ка", "де"])
    private static let pronouns = words(["кто", "что", "где", "куда", "когда", "как", "какой", "какая", "какое",
                                         "какие", "каким", "каких", "какую", "какого", "какому", "чей", "чья",
                                         "почему", "зачем", "откуда", "кого", "чего", "кому", "чему", "кем", "чем",
                                         "ком", "чём", "сколько", "давай", "скажи", "смотри", "пойди", "так"])
    static let ordinals = words(["первых", "вторых", "третьих", "четвертых", "четвёртых", "пятых", "шестых"])
    static let prefixes = words(["кое", "кой", "экс", "вице", "лейб", "обер", "унтер", "штаб"])
    private static let adverbEndings = scalars(["ому", "ему", "ски", "цки", "ьи"])
    private static let linkingEndings = scalars(["но", "ко", "во", "не"])

    /// `true` when the hyphen between `left` and `right` must be kept.
    func keepsHyphen(left: ArraySlice<Unicode.Scalar>, right: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let l = left.last, let r = right.first else { return true }
        if !l.isLetter || !r.isLetter { return true }
        if r.isUpperLetter && !right.allSatisfy({ !$0.isLowerLetter }) { return true }
        // Most breaks are decided by the vocabulary alone, from hashes (which lower-case).
        let leftHash = FastCase.hash(left)
        if vocabulary.contains(hash: FastCase.hash(FastCase.hash(leftHash, "-"), right)) { return true }
        if vocabulary.contains(hash: FastCase.hash(leftHash, right)) { return false }
        // The left part after its last hyphen, lower-cased (`lowerFast` maps nothing to `-`).
        // Hashes are taken once: the left part's is the whole left's when it holds no hyphen.
        let lowRight = right.map { $0.lowerFast }
        let hyphenAt = left.lastIndex(of: "-")
        let lastPart = left[((hyphenAt ?? left.startIndex - 1) + 1)...].map { $0.lowerFast }
        let lastHash = hyphenAt == nil ? leftHash : FastCase.hash(lastPart)
        let rightHash = FastCase.hash(lowRight)
        if Self.prefixes.contains(lastHash) { return true }
        // Both halves are words of the document, the joined form is not (`administrative-⏎territorial`).
        if lastPart.count >= 4, lowRight.count >= 4, vocabulary.contains(hash: lastHash), vocabulary.contains(hash: rightHash),
           !vocabulary.contains(hash: FastCase.hash(lastHash, lowRight)) { return true }
        // A word of the document that runs across the break (`басқару` for `басқа-⏎рудың`).
        if extendsVocabularyWord(lastPart, lowRight) { return false }
        let kazakh = left.contains(where: HunspellLexicon.isKazakhLetter) || Self.isKazakh(lowRight)
        // Kazakh endings never stand alone after a hyphen (`басқарушы-⏎лардың`).
        if kazakh && KazakhSuffixes.isEnding(lowRight) { return false }
        if keepsParticle(lastHash, rightHash) || isAdverbialCompound(lastPart, lowRight) { return true }
        // The document writes this first part with a hyphen elsewhere (`социально-…`).
        if lastPart.count >= 4, compoundHeads.contains(lastHash) { return true }
        // Kazakh reduplication: өзін-өзі, әр-түрлі.
        if lastPart.count >= 2, lowRight.starts(with: lastPart.prefix(2)), lowRight.count <= lastPart.count + 1,
           lowRight != lastPart, kazakh { return true }
        // The dictionary is asked only where a compound is possible: an ordinary line-end hyphen
        // is joined either way.
        if let lexicon, mayBeCompound(lastPart, lowRight, kazakh: kazakh) {
            let language = kazakh ? "kk" : "ru"
            let joinedKnown = lexicon.knows(scalars: (lastPart + lowRight)[...], language: language)
            if joinedKnown == true { return false }
            if joinedKnown == false, lexicon.knows(scalars: lowRight[...], language: language) == true {
                // Both halves are words; in Kazakh, not when the second is a stub with endings.
                if lexicon.knows(scalars: lastPart[...], language: language) == true,
                   !(kazakh && KazakhSuffixes.isShortStemWithEnding(lowRight)) { return true }
                // Kazakh paired words: `тепе-теңдік`, `ата-ана` (often alliterating), and
                // adjective pairs whose first part the dictionary may lack (`формальды-заңдық`).
                if kazakh, lowRight.count >= 4, lowRight.starts(with: lastPart.prefix(2)) { return true }
                if kazakh, lowRight.count >= 4, lastPart.count >= 6, !KazakhSuffixes.isShortStemWithEnding(lowRight),
                   Self.kazakhAdjectiveEndings.contains(where: { lastPart.ends(with: $0) }) { return true }
            }
        }
        return false
    }

    /// `true` when a vocabulary word of five letters or more starts with `left` and goes on
    /// into `right`.
    private func extendsVocabularyWord(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
        let l = left.count
        let total = l + right.count
        guard l >= 2, total >= l + 2 else { return false }
        // Endings differ by a few letters: look at most four letters back.
        let shortest = max(l + 2, 5, total - 4)
        guard shortest <= total - 1 else { return false }
        var h = FastCase.hash(left)
        var length = l
        for c in right {
            h = FastCase.hash(h, c)
            length += 1
            if length >= shortest && length <= total - 1 && vocabulary.contains(hash: h) { return true }
        }
        return false
    }

    /// `кто-то`, `где-либо`, `что-нибудь`, `всё-таки`.
    private func keepsParticle(_ left: UInt64, _ r: UInt64) -> Bool {
        Self.particles.contains(r) || (Self.shortParticles.contains(r) && Self.pronouns.contains(left))
    }

    /// `по-прежнему`, `по-казахски`, `во-первых`, `из-за`, `из-под`.
    private func isAdverbialCompound(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
        guard left.count <= 2 else { return false }
        if left == ["п", "о"] { return Self.adverbEndings.contains { right.ends(with: $0) } && right.count >= 4 }
        if left == ["в", "о"] || left == ["в"] { return Self.ordinals.contains(FastCase.hash(right)) }
        if left == ["и", "з"] { return right.elementsEqual("за".unicodeScalars) || right.elementsEqual("под".unicodeScalars) }
        return false
    }

    /// `true` when the halves could make a compound: Kazakh words, or a Russian first part ending
    /// in a linking vowel (`административно-`), long or before a word the document starts elsewhere.
    private func mayBeCompound(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar], kazakh: Bool) -> Bool {
        guard left.count >= 3, right.count >= 3 else { return false }
        if kazakh { return true }
        guard let last = left.last, last == "о" || last == "е" || last == "и" else { return false }
        // `административно-`, `социально-`, `историко-`, `финансово-`: adverb-like first parts.
        if left.count >= 6, Self.linkingEndings.contains(where: { left.ends(with: $0) }) { return true }
        return vocabulary.starts.contains(FastCase.hash(right.prefix(5)))
    }

    private static func isKazakh(_ s: [Unicode.Scalar]) -> Bool {
        s.contains(where: HunspellLexicon.isKazakhLetter)
    }
}

extension Array where Element == Unicode.Scalar {
    /// `true` when the array ends with `suffix`.
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
