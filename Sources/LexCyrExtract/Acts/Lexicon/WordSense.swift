import LexCyrCore

/// Parts of issuer names a word can be (`Президента`, `Верховного`, `Суда`, `Үкіметінің`);
/// ``IssuerResolver`` combines the parts of a phrase into one issuer.
struct IssuerParts: OptionSet, Sendable {
    let rawValue: UInt32
    static let president = IssuerParts(rawValue: 1 << 0)
    static let head = IssuerParts(rawValue: 1 << 1)          // Главы (государства)
    static let state = IssuerParts(rawValue: 1 << 2)         // государства, Мемлекет
    static let leader = IssuerParts(rawValue: 1 << 3)        // басшысы
    static let government = IssuerParts(rawValue: 1 << 4)
    static let parliament = IssuerParts(rawValue: 1 << 5)    // Парламент, Дума, Собрание, Сенат, Мәжіліс
    static let council = IssuerParts(rawValue: 1 << 6)       // Совет, Кеңес
    static let minister = IssuerParts(rawValue: 1 << 7)      // Министр, Министерство, Минфин
    static let court = IssuerParts(rawValue: 1 << 8)         // Суд, Сот
    static let plenum = IssuerParts(rawValue: 1 << 9)
    static let supreme = IssuerParts(rawValue: 1 << 10)      // Верховный, Жоғарғы
    static let constitutional = IssuerParts(rawValue: 1 << 11)
    static let electoral = IssuerParts(rawValue: 1 << 12)
    static let commission = IssuerParts(rawValue: 1 << 13)
    static let electionCommission = IssuerParts(rawValue: 1 << 14) // Центризбирком, ЦИК
    static let bank = IssuerParts(rawValue: 1 << 15)
    static let national = IssuerParts(rawValue: 1 << 16)
    static let central = IssuerParts(rawValue: 1 << 17)
    static let agency = IssuerParts(rawValue: 1 << 18)       // Агентство, Служба, Комитет
    static let maslikhat = IssuerParts(rawValue: 1 << 19)
    static let akimat = IssuerParts(rawValue: 1 << 20)
    static let presidium = IssuerParts(rawValue: 1 << 21)
    static let premier = IssuerParts(rawValue: 1 << 22)
}

/// What else a word tells the citation parsers, decided once per word form.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt16
    /// `ССР`, `СССР`, `РСФСР`.
    static let soviet = WordRoles(rawValue: 1 << 0)
    /// A Kazakh form of an act word (`Заңы`): the act's fields come before it.
    static let kazakh = WordRoles(rawValue: 1 << 1)
    /// `Европейского`, `международного`: an international body's act has no state.
    static let international = WordRoles(rawValue: 1 << 2)
    /// Starts the official source (`СЗ`, `Российская газета`, `ИПС`, `URL`).
    static let sourceStart = WordRoles(rawValue: 1 << 3)
    /// Introduces an access date (`обращения`, `қаралған`).
    static let accessWord = WordRoles(rawValue: 1 << 4)
    /// Opens a note on the edition cited (`ред.`, `с изм.`).
    static let editionNote = WordRoles(rawValue: 1 << 5)
    /// Opens an adoption note (`принята`, `қабылданған`).
    static let adoptionNote = WordRoles(rawValue: 1 << 6)
    /// Opens a part of a code (`часть`, `бөлім`).
    static let codePart = WordRoles(rawValue: 1 << 7)
    /// Names a kind of publication (`Комментарий`, `Монография`).
    static let publication = WordRoles(rawValue: 1 << 8)
    /// `Республики` without the state's name.
    static let republic = WordRoles(rawValue: 1 << 9)
    /// A Kazakh form with a case ending (`Жолдауына`, `Заңымен`).
    static let oblique = WordRoles(rawValue: 1 << 10)
}

/// Which issuers a type word needs to name an act.
enum IssuerNeed: Sendable {
    /// Any issuer or none (`Указ`, `Закон`).
    case none
    /// A court (`Определение`, `Заключение`).
    case court
    /// A court or a collegial body (`Решение`, `шешімі`).
    case body
    /// Any named issuer (`Письмо Минфина России`).
    case authority

    /// `true` when `issuer` satisfies the need.
    func isMet(by issuer: String?) -> Bool {
        switch self {
        case .none: return true
        case .court: return issuer.map(ActLexicon.courts.contains) ?? false
        case .body: return issuer.map { ActLexicon.courts.contains($0) || ActLexicon.collegialBodies.contains($0) } ?? false
        case .authority: return issuer != nil
        }
    }
}

/// What one word means to the act parsers. A plain value, decided once per word form by
/// ``WordClassifier``.
struct WordSense: Sendable, Equatable {
    /// The act type the word names, if it is a type word (`Указом` → decree).
    var type: ActReference.Kind?
    /// A plural form of a type word (`законов`): generic, not one act.
    var plural = false
    /// The issuers the type word needs.
    var needs: IssuerNeed = .none
    /// The word refines a following type word (`Федеральный`, `Гражданский`).
    var modifier: ActLexicon.Modifier?
    /// The issuer-name parts the word is.
    var issuer: IssuerParts = []
    /// The state the word names (`Казахстан`, `РФ`).
    var jurisdiction: String?
    /// Other roles.
    var roles: WordRoles = []

    /// The word may be part of an issuer's name.
    var issuerCue: Bool { !issuer.isEmpty }
    /// `ССР`, `СССР`, `РСФСР`.
    var soviet: Bool { roles.contains(.soviet) }
    /// A Kazakh form of an act word.
    var kazakh: Bool { roles.contains(.kazakh) }
}
