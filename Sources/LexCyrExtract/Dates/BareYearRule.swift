/// Decides when a four-digit number written without any date word is a year on its own:
/// after an English preposition (`the reform of 2022`, `in 2020`), before the name of an event
/// (`the 1995 Constitution`, `the 2019 amendments`), after a Russian preposition where no noun
/// follows (`В 2020 в Москве`, `Начиная с 2005,`), and as the year of a bibliographic reference
/// (`Алматы: КазГЮУ, 2006. С. 418`, `// Вестник. 2019. № 3`). Anywhere else a bare number is a
/// count, an act number or a page (`193 государства`, `в 2000 муниципальных образованиях`).
struct BareYearRule {
    /// The tokens read.
    let tokens: DateTokens

    /// Why a bare year stands alone.
    enum Reason { case english, prose, bibliographic }

    /// The reason `piece` (a bare year) is a date, or `nil` when it is not.
    func reason(_ piece: DatePiece) -> Reason? {
        guard !piece.marked, piece.scale == .calendar, piece.month == nil, piece.day == nil,
              piece.year != nil, piece.end == piece.first + 1 else { return nil }
        let i = piece.first
        if isCounted(after: i) { return nil }
        if Self.englishPrepositions.contains(tokens.key(i - 1)) || continuesEnglishList(i) { return .english }
        if isEnglishAttributive(i) { return .english }
        if isBibliographic(i) { return .bibliographic }
        return BareYearVocabulary.russianPrepositions.contains(tokens.key(i - 1)) && endsPhrase(after: i) ? .prose : nil
    }

    /// `true` when the word after the number at `i` makes it a count (`2000 рублей`, `in 2000 cases`).
    func isCounted(after i: Int) -> Bool {
        let k = i + 1
        if Self.countedNouns.contains(tokens.key(k)) { return true }
        return tokens.isWord(k) && BareYearVocabulary.countWords.matches(tokens.scalars(k))
    }

    /// `В 2020 в Москве`, `с 2005, когда`: after the number comes punctuation, the end of the
    /// text, a capitalised word or a function word, never the noun a count would take
    /// (`в 2000 муниципальных образованиях`).
    private func endsPhrase(after i: Int) -> Bool {
        let k = i + 1
        guard tokens.has(k) else { return true }
        if tokens.isWord(k) {
            if BareYearVocabulary.functionWords.contains(tokens.key(k)) { return true }
            if BareYearVocabulary.verbEndings.matches(tokens.scalars(k)) { return true }
            return Self.isCapitalized(tokens.scalars(k)) && !tokens.touchesNext(i)
        }
        if tokens.isDash(k) { return !tokens.touchesNext(i) }
        guard tokens.token(k).end - tokens.token(k).start == 1 else { return false }
        return BareYearVocabulary.closingMarks.contains(tokens.scalars(k).first!.value)
    }

    /// `the 1995 Constitution`, `Kazakhstan's 2017 reform`, `its 2019 amendments`: a year between a
    /// determiner and a capitalised word or the name of an event.
    private func isEnglishAttributive(_ i: Int) -> Bool {
        guard tokens.isWord(i - 1), tokens.isWord(i + 1) else { return false }
        let before = tokens.scalars(i - 1)
        let possessive = before.count > 2 && before.last == "s" && ["'", "’"].contains(before[before.endIndex - 2])
        guard possessive || BareYearVocabulary.englishDeterminers.contains(tokens.key(i - 1)) else { return false }
        let next = tokens.scalars(i + 1)
        return (Self.isCapitalized(next) && next.allSatisfy { $0.value < 0x80 })
            || BareYearVocabulary.englishEvents.contains(tokens.key(i + 1))
    }

    /// `2007` and `2011` in `amended in 1998, 2007 and 2011`: bare years listed after one that a
    /// preposition made a year.
    private func continuesEnglishList(_ i: Int) -> Bool {
        var k = i
        for _ in 0..<8 {
            let joined = tokens.isChar(k - 1, ",") || ["and", "or"].contains(tokens.key(k - 1))
            guard joined else { return false }
            k -= tokens.isChar(k - 2, ",") ? 3 : 2   // `, and`
            guard tokens.isNumber(k), tokens.scalars(k).count == 4 else { return false }
            if Self.englishPrepositions.contains(tokens.key(k - 1)) { return true }
        }
        return false
    }

    /// The year of a reference: `Алматы: КазГЮУ, 2006.`, `М., 2018. – 312 с.`,
    /// `// Государство и право. – 2019. – № 5`, `Journal of Law, 2019, vol. 5`, `Ivanov, I. I. (2019).`
    private func isBibliographic(_ i: Int) -> Bool {
        // `Ivanov, I. I. (2019).`: the year after an author's initials.
        if tokens.isChar(i - 1, "("), tokens.isChar(i + 1, ")"), tokens.isChar(i - 2, ".") { return true }
        // `Vol. 32, No. 3 (2015). P. 414`: the year after the issue number.
        if tokens.isChar(i - 1, "("), tokens.isChar(i + 1, ")"), tokens.isNumber(i - 2),
           [".", ",", ":", ";"].contains(where: { tokens.isChar(i + 2, $0) }) { return true }
        let afterComma = tokens.isChar(i - 1, ",")
        let afterStop = tokens.isChar(i - 1, ".")
        let afterDash = tokens.isDash(i - 1) && !tokens.touchesNext(i - 1)
        guard afterComma || afterStop || afterDash else { return false }
        let closes = !tokens.has(i + 1) || tokens.isChar(i + 1, ".") || tokens.isChar(i + 1, ",")
            || tokens.isChar(i + 1, ";") || tokens.isChar(i + 1, ")") || tokens.isChar(i + 1, "\n")
        guard closes else { return false }
        // `2019. № 3`, `2019. – С. 12`, `2019, vol. 5`
        var k = i + 2
        if tokens.isDash(k) { k += 1 }
        if Self.referenceCues.contains(tokens.key(k)) { return true }
        // `Алматы: КазГЮУ, 2006.` and `// Вестник. 2019.`
        k = i - 2
        while k >= max(0, i - 16) {
            if tokens.isChar(k, "\n") { return false }
            if tokens.isChar(k, ":") || (tokens.isChar(k, "/") && tokens.isChar(k - 1, "/")) { return true }
            k -= 1
        }
        // `М., 2018.`, `Астана, 2019.`: a place name (or its abbreviation) before the comma.
        guard afterComma, tokens.isChar(i + 1, ".") else { return false }
        return tokens.isChar(i - 2, ".") || (tokens.isWord(i - 2) && Self.isCapitalized(tokens.scalars(i - 2)))
    }

    private static func isCapitalized(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let f = s.first else { return false }
        return f.properties.isUppercase
    }

    /// English words after which a bare four-digit number is a year.
    private static let englishPrepositions: WordKeySet = [
        "in", "of", "since", "from", "by", "until", "till", "before", "after", "during", "circa",
        "around", "early", "late", "mid", "throughout",
    ]

    /// Words that make the number before them a count (`in 2000 cases`).
    static let countedNouns: WordKeySet = [
        "people", "persons", "cases", "times", "members", "votes", "deputies", "citizens", "candidates",
        "units", "km", "kg", "ha", "tons", "tonnes", "dollars", "tenge", "rubles", "euros", "percent", "%",
        "years", "days", "hours", "words", "pages", "copies", "signatures",
    ]

    /// What follows the year of a reference after its full stop: page, issue, volume.
    private static let referenceCues: WordKeySet = ["с", "№", "т", "вып", "p", "pp", "vol", "no", "б", "бб", "iss", "n"]
}
