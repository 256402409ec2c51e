import LexCyrCore

/// Says what a date belongs to, so that dataset builders can filter: the adoption date of a
/// cited act (`Закон … от 23 января 2001 года № 148`, `2001 жылғы 23 қаңтардағы № 148 Заңы`),
/// the access date of a cited page (`(дата обращения 13.03.2023)`, `қаралған күні`,
/// `accessed`), the year of a cited publication (`Алматы: КазГЮУ, 2006.`), or something else.
struct DateRoleClassifier {
    /// The tokens read.
    let tokens: DateTokens

    /// The role of `match`.
    func role(of match: DateMatch) -> DateMention.Role {
        if match.bibliographic { return .publicationDate }
        if isAccessDate(match) { return .accessDate }
        if isActDate(match) { return .actDate }
        return .other
    }

    /// `дата обращения:`, `қаралған күні`, `accessed`, within four tokens before the date.
    private func isAccessDate(_ m: DateMatch) -> Bool {
        var k = m.first - 1
        while k >= max(0, m.first - 4) {
            if tokens.isChar(k, "\n") { return false }
            if tokens.isWord(k), Self.accessCues.contains(tokens.key(k)) { return true }
            k -= 1
        }
        return false
    }

    /// `от`/`of`/`dated` after the name of an act, or a date followed by the act's number or name.
    private func isActDate(_ m: DateMatch) -> Bool {
        let next = m.end
        if DateVocabulary.numberSigns.contains(tokens.key(next)) { return true }
        if m.value?.day != nil, isActNoun(next) { return true }
        guard Self.datedBy.contains(tokens.key(m.first - 1)) else { return false }
        var k = m.first - 2
        while k >= max(0, m.first - 14) {
            if tokens.isChar(k, "\n") || tokens.isChar(k, ";") || tokens.isChar(k, ")") { return false }
            if isActNoun(k) { return true }
            k -= 1
        }
        return false
    }

    /// `true` for the name of an act in any case (`закона`, `Указом`, `Заңы`, `қаулысы`, `Law`),
    /// not for words built on it (`конституционной`, `заңнама`, `constitutional`).
    private func isActNoun(_ k: Int) -> Bool {
        guard tokens.isWord(k), Self.actNouns.matches(tokens.scalars(k)) else { return false }
        let word = tokens.scalars(k)
        return !Self.adjectiveEndings.contains { ending in
            word.count >= ending.count && zip(word.suffix(ending.count), ending).allSatisfy { ScalarCase.lower($0) == $1 }
        }
    }

    private static let accessCues: WordKeySet = [
        "обращения", "обращение", "доступа", "просмотра", "посещения", "қаралған", "қаралды", "кірген", "жүгінген",
        "accessed", "access", "retrieved", "viewed",
    ]

    private static let datedBy: WordKeySet = ["от", "of", "dated"]

    /// Stems of the names of acts (Russian, Kazakh, English) and the longest ending each takes.
    private static let actNouns = WordPrefixTable(
        ["закон", "указ", "постановлени", "приказ", "распоряжени", "решени", "кодекс", "конституци", "послани",
         "определени", "договор", "соглашени", "конвенци", "протокол", "регламент", "положени", "устав", "декрет",
         "резолюци"].map { ($0, 3) }
        + ["заң", "жарлы", "қаулы", "бұйры", "шешім", "жолдау", "өкім", "кодекс", "конституция"].map { ($0, 5) }
        + ["law", "decree", "resolution", "order", "code", "act", "constitution", "address", "ruling", "decision",
           "treaty", "agreement", "convention", "regulation"].map { ($0, 1) })

    /// Adjective endings that turn an act's name into a modifier (`конституциялық`, `заңдық`).
    private static let adjectiveEndings = ["лық", "лік", "дық", "дік", "тық", "тік", "нама"].map { Array($0.unicodeScalars) }
}
