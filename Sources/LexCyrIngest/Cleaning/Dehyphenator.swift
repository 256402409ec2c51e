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

    private static let particles: Set<String> = ["то", "либо", "нибудь", "ка", "таки", "де"]
    private static let prefixes: Set<String> = ["кое", "кой", "экс", "вице", "лейб", "обер", "унтер", "штаб"]

    /// `true` when the hyphen between `left` and `right` must be kept.
    func keepsHyphen(left: String, right: String) -> Bool {
        guard let l = left.unicodeScalars.last, let r = right.unicodeScalars.first else { return true }
        if !l.properties.isAlphabetic || !r.properties.isAlphabetic { return true }
        if r.properties.isUppercase && !isAllCaps(right) { return true }
        let lowLeft = left.lowercased(), lowRight = right.lowercased()
        let lastPart = lowLeft.split(separator: "-").last.map(String.init) ?? lowLeft
        let joined = lowLeft + lowRight
        let hyphenated = lowLeft + "-" + lowRight
        if vocabulary.contains(hyphenated) { return true }
        if vocabulary.contains(joined) { return false }
        if Self.prefixes.contains(lastPart) { return true }
        // Both halves are words of the document, the joined form is not (`administrative-⏎territorial`).
        if lastPart.count >= 4, lowRight.count >= 4, vocabulary.contains(lastPart), vocabulary.contains(lowRight),
           !vocabulary.contains(lastPart + lowRight) { return true }
        // A word of the document that runs across the break (`басқару` for `басқа-⏎рудың`).
        if extendsVocabularyWord(lastPart, lowRight) { return false }
        // Kazakh endings never stand alone after a hyphen (`басқарушы-⏎лардың`).
        if isKazakh(joined) && KazakhSuffixes.isEnding(lowRight) { return false }
        if Self.particles.contains(lowRight), lexicon?.knows(lastPart + lowRight) != true { return true }
        // Kazakh reduplication: өзін-өзі, әр-түрлі.
        if lastPart.count >= 2, lowRight.hasPrefix(String(lastPart.prefix(2))), lowRight.count <= lastPart.count + 1,
           lowRight != lastPart, isKazakh(lowLeft + lowRight) { return true }
        if let lexicon {
            let joinedWord = lastPart + lowRight
            let joinedKnown = lexicon.knows(joinedWord)
            if joinedKnown == true { return false }
            if joinedKnown == false, lastPart.count >= 3, lowRight.count >= 3, lexicon.knows(lowRight) == true {
                if lexicon.knows(lastPart) == true { return true }
                // Kazakh paired words: `тепе-теңдік`, `ата-ана` (often alliterating).
                if isKazakh(joined), lowRight.count >= 4, lowRight.hasPrefix(String(lastPart.prefix(2))) { return true }
            }
        }
        return false
    }

    /// `true` when a vocabulary word of five letters or more starts with `left` and goes on
    /// into `right`.
    private func extendsVocabularyWord(_ left: String, _ right: String) -> Bool {
        let joined = Array(left + right)
        let l = left.count
        guard l >= 2, joined.count >= l + 2 else { return false }
        for end in stride(from: joined.count - 1, through: max(l + 2, 5), by: -1) {
            if vocabulary.contains(String(joined[0..<end])) { return true }
        }
        return false
    }

    private func isAllCaps(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    private func isKazakh(_ s: String) -> Bool {
        s.unicodeScalars.contains(where: HunspellLexicon.isKazakhLetter)
    }
}
