/// Month names of the languages citations are written in, matched on lower-cased scalars:
/// Russian genitive (`8 декабря 1993 года`), Kazakh by stem (`2001 жылғы 23 қаңтардағы`,
/// `31 қыркүйекте`, `қыркүйегі`) and English (`5 June 2022`, `June 5, 2022`).
enum MonthNames {
    /// The language a month name is in.
    enum Language: Equatable {
        case russian, kazakh, english
    }

    /// Russian month names in the genitive, as dates write them.
    static let russian = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                          "сентября", "октября", "ноября", "декабря"]
    /// Kazakh month names as an act date writes them (`2001 жылғы 23 қаңтардағы`).
    static let kazakhAttributive = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
                                    "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"]
    /// Kazakh month stems: every case form starts with one (`қыркүйе` covers `қыркүйек`, `қыркүйегі`).
    private static let kazakhStems: [[Unicode.Scalar]] = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
                                                          "тамыз", "қыркүйе", "қазан", "қараша", "желтоқсан"].map { Array($0.unicodeScalars) }
    private static let english = ["january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december"]
    /// Every name matched whole, with its month and language.
    private static let exact: [(name: [Unicode.Scalar], month: Int, language: Language)] =
        russian.enumerated().map { (Array($0.element.unicodeScalars), $0.offset + 1, Language.russian) }
        + english.enumerated().map { (Array($0.element.unicodeScalars), $0.offset + 1, Language.english) }
    /// First letters of every name and stem, for a quick no.
    private static let initials = Set(exact.map { $0.name[0] } + kazakhStems.map { $0[0] })

    /// `true` when some month name or stem starts with the lower-cased letter `c`.
    static func mayStart(_ c: Unicode.Scalar) -> Bool { initials.contains(c) }

    /// The month the word `range` of `s` names (in any case), and its language; `nil` when it
    /// names none.
    static func month(in s: [Unicode.Scalar], _ range: Range<Int>) -> (month: Int, language: Language)? {
        guard range.count >= 3, initials.contains(Scalars.lower(s[range.lowerBound])) else { return nil }
        if let hit = exact.first(where: { Scalars.matches(s, range, $0.name) }) { return (hit.month, hit.language) }
        for (k, stem) in kazakhStems.enumerated()
        where range.count >= stem.count && Scalars.matches(s, range.lowerBound..<(range.lowerBound + stem.count), stem) {
            return (k + 1, .kazakh)
        }
        return nil
    }
}
