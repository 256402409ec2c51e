/// The grammatical cases a noun form may be in, guessed from its ending.
///
/// Russian endings are ambiguous (`-а` is the nominative of `глава` but the genitive of
/// `президент`), so the guess takes the noun's gender; Kazakh case suffixes are not, and are read
/// off the end of the word. The result is a set: an empty set means "no idea".
public struct CaseSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let nominative = CaseSet(rawValue: 1)
    public static let genitive = CaseSet(rawValue: 2)
    public static let dative = CaseSet(rawValue: 4)
    public static let accusative = CaseSet(rawValue: 8)
    public static let instrumental = CaseSet(rawValue: 16)
    public static let prepositional = CaseSet(rawValue: 32)
    /// Kazakh ablative and locative (`-дан`, `-да`).
    public static let other = CaseSet(rawValue: 64)
}

/// Grammatical gender of a Russian noun, which decides how its endings read.
public enum Gender: Sendable {
    case masculine, feminine, neuter
}

/// Case guesses from endings.
public enum GrammaticalCase {
    private static let masculine: LetterMap<CaseSet> = [
        "": [.nominative, .accusative], "ь": [.nominative, .accusative],
        "а": [.genitive, .accusative], "я": [.genitive, .accusative],
        "у": .dative, "ю": .dative, "ом": .instrumental, "ем": .instrumental, "ём": .instrumental,
        "е": .prepositional, "ы": [.nominative, .accusative], "и": [.nominative, .accusative],
        "ов": [.genitive, .accusative], "ев": [.genitive, .accusative], "ей": [.genitive, .accusative],
    ]
    private static let feminine: LetterMap<CaseSet> = [
        "а": .nominative, "я": .nominative, "ия": .nominative,
        // `судьи`, `палаты`: genitive singular or nominative/accusative plural.
        "ы": [.genitive, .nominative, .accusative], "и": [.genitive, .nominative, .accusative],
        "ии": [.genitive, .dative, .prepositional], "е": [.dative, .prepositional],
        "у": .accusative, "ю": .accusative, "ию": .accusative, "ой": .instrumental, "ей": .instrumental,
        "ою": .instrumental, "ею": .instrumental, "ией": .instrumental, "": .genitive,
    ]
    private static let neuter: LetterMap<CaseSet> = [
        "о": [.nominative, .accusative], "е": [.nominative, .accusative, .prepositional],
        "ие": [.nominative, .accusative], "а": .genitive, "я": .genitive, "ия": .genitive,
        "у": .dative, "ю": .dative, "ию": .dative, "ом": .instrumental, "ем": .instrumental,
        "ием": .instrumental, "ии": .prepositional, "": .genitive,
    ]
    private static let plural: LetterMap<CaseSet> = [
        "ам": .dative, "ям": .dative, "ами": .instrumental, "ями": .instrumental,
        "ах": .prepositional, "ях": .prepositional,
    ]

    /// The cases a Russian noun of `gender` with `ending` (what the stemmer removed) may be in.
    public static func russian(_ ending: Letters, gender: Gender) -> CaseSet {
        if let p = plural[ending] { return p }
        switch gender {
        case .masculine: return masculine[ending] ?? []
        case .feminine: return feminine[ending] ?? []
        case .neuter: return neuter[ending] ?? []
        }
    }

    /// Kazakh case suffixes, checked longest first: genitive, ablative, instrumental, locative,
    /// dative, accusative; anything else (bare stem, possessive `-ы`/`-і`/`-сы`) is nominative.
    private static let kazakhSuffixes = SuffixList<CaseSet>([
        ("ның", .genitive), ("нің", .genitive), ("дың", .genitive), ("дің", .genitive),
        ("тың", .genitive), ("тің", .genitive),
        ("нан", .other), ("нен", .other), ("дан", .other), ("ден", .other), ("тан", .other), ("тен", .other),
        ("мен", .instrumental), ("бен", .instrumental), ("пен", .instrumental),
        ("нда", .other), ("нде", .other), ("да", .other), ("де", .other), ("та", .other), ("те", .other),
        ("ға", .dative), ("ге", .dative), ("қа", .dative), ("ке", .dative), ("на", .dative), ("не", .dative),
        ("ны", .accusative), ("ні", .accusative), ("ды", .accusative), ("ді", .accusative),
        ("ты", .accusative), ("ті", .accusative), ("ын", .accusative), ("ін", .accusative), ("сын", .accusative), ("сін", .accusative),
    ])

    /// The case of a Kazakh noun whose suffixes after the stem are `ending`.
    public static func kazakh(_ ending: Letters) -> CaseSet {
        kazakhSuffixes.first(in: ending) ?? .nominative
    }
}
