import LexCyrCore

/// What a scanned date belongs to, judged from the words around it.
///
/// - access: `дата обращения: 13.03.2023`, `(дата обращения к ресурсу – 13.03.2023)`,
///   `қаралған күні: 13.03.2023`, `accessed on 13 March 2023`;
/// - act: after `от` (`Закон от 23 января 2001 года`), after a Kazakh genitive
///   (`Республикасының 2001 жылғы 23 қаңтардағы`), or right before `№` (`23.01.2001 № 148`);
/// - other: anything else (publication dates, dates in running text).
enum DateRole {
    /// Words right before an access date.
    private static let accessWords = words(["обращения", "доступа", "посещения", "просмотра", "accessed", "retrieved",
                                            "viewed", "күні", "уақыты", "қаралды"])
    /// Words right before an act's date.
    private static let actWords = words(["от", "from", "dated"])
    /// Word stems that make a date in the same parentheses an access date.
    private static let accessStems = words(["обращ", "доступ", "посещ", "просмотр", "accessed", "retrieved", "viewed",
                                            "қаралған", "қаралды"])
    private static let skippedBeforeDate: [Unicode.Scalar] = [":", "(", "-", "–", "—"]
    /// Kazakh genitive endings (`Республикасының`, `Президентінің`, `министрінің`).
    private static let genitive = words(["ның", "нің", "дың", "дің", "тың", "тің"])

    private static func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }

    /// The role of `date` in `range` of `s`.
    static func of(_ date: ScannedDate, in s: [Unicode.Scalar], range: Range<Int>) -> ScannedDate.Role {
        let start = date.span.start
        let word = Scalars.word(before: start, in: s, skipping: skippedBeforeDate)
        if actWords.contains(where: { Scalars.matches(s, word, $0) }) { return .act }
        if accessWords.contains(where: { Scalars.matches(s, word, $0) }) || accessInParentheses(s, before: start, from: range.lowerBound) {
            return .access
        }
        if genitive.contains(where: { word.count > $0.count + 2 && Scalars.matches(s, (word.upperBound - 3)..<word.upperBound, $0) }) {
            return .act
        }
        if numberSignFollows(s, after: date.span.end, end: range.upperBound) { return .act }
        return .other
    }

    /// `true` when the parenthesis the date stands in (opened at most 48 scalars before it)
    /// names an access (`(дата обращения к ресурсу: …`).
    private static func accessInParentheses(_ s: [Unicode.Scalar], before i: Int, from lower: Int) -> Bool {
        var p = i - 1
        while p >= lower, i - p <= 48, s[p] != "(", s[p] != ")" { p -= 1 }
        guard p >= lower, s[p] == "(" else { return false }
        return Scalars.containsWord(anyOf: accessStems, in: s, (p + 1)..<i)
    }

    /// `true` when `№ 148` (or `N 148`) follows the date.
    private static func numberSignFollows(_ s: [Unicode.Scalar], after i: Int, end: Int) -> Bool {
        var k = i
        while k < end, Scalars.isSpace(s[k]), k - i < 3 { k += 1 }
        guard k < end else { return false }
        return NumberSign.isSignNo(s, k) || (s[k] == "N" && NumberSign.isSign(s, k))
    }
}
