/// The closed word classes of date expressions other than month names: year and century
/// words, decade endings, and the prepositions that make periods. All keys are lowercase.
enum DateVocabulary {
    /// A word that marks a number as a year: `года`, `г`, `жылғы`, `жылдар`.
    struct YearWord {
        /// Plural (`годы`, `гг`, `жылдар`): closes a range or lists years.
        var plural: Bool
        /// Abbreviation that takes its full stop (`г.`, `ж.`).
        var abbreviated: Bool
        /// Kazakh attributive or genitive (`жылғы`, `жылдың`, `ж.`): a day and month may follow.
        var attributive: Bool
        /// Direction of a Kazakh case ending (`жылдан` from, `жылға` to).
        var direction: MonthLexicon.Direction
    }

    /// Year words by lowercase form.
    static let yearWords: WordKeyTable<YearWord> = {
        var t = [WordKey: YearWord]()
        func add(_ words: [String], plural: Bool = false, abbreviated: Bool = false,
                 attributive: Bool = false, direction: MonthLexicon.Direction = .none) {
            for w in words {
                t[WordKey(w)] = YearWord(plural: plural, abbreviated: abbreviated, attributive: attributive, direction: direction)
            }
        }
        add(["год", "года", "году", "годом", "годе", "жыл", "жылда", "жылдағы", "жылын", "жылында", "жылындағы", "year"])
        add(["годы", "годов", "годам", "годами", "годах", "жылдар", "жылдары", "жылдарда", "жылдардағы",
             "жылдарын", "жылдарында", "жылдардың", "years"], plural: true)
        add(["жылғы", "жылдың", "жылы", "жылының"], attributive: true)
        add(["жылдан", "жылынан"], direction: .from)
        add(["жылдардан", "жылдарынан"], plural: true, direction: .from)
        add(["жылға", "жылына"], direction: .to)
        add(["жылдарға", "жылдарына"], plural: true, direction: .to)
        add(["г", "ж"], abbreviated: true, attributive: true)
        add(["гг", "жж"], plural: true, abbreviated: true)
        return WordKeyTable(t)
    }()

    /// Words between a year and its year word that name a kind of year (`учебном году`,
    /// `оқу жылы`, `academic year`, `финансового года`).
    static let seasonWords: WordKeySet = [
        "учебный", "учебного", "учебном", "учебному", "учебным", "финансовый", "финансового", "финансовом",
        "бюджетный", "бюджетного", "бюджетном", "оқу", "қаржы", "academic", "school", "fiscal", "financial",
    ]

    /// Words before a decade or century that name its phase (`конца XIX – начала XX века`,
    /// `первой половины`, `the early 1990s`).
    static let phaseWords: WordKeySet = [
        "начала", "начало", "начале", "середины", "середина", "середине", "конца", "конец", "конце",
        "первой", "второй", "половины", "половина", "половине", "рубежа", "рубеже",
        "early", "mid", "late", "the",
    ]

    /// Kazakh words after a decade or century that name its phase (`ғасырдың басы`, `соңында`).
    static let kazakhPhaseWords: WordKeySet = [
        "басы", "басында", "басындағы", "соңы", "соңында", "соңындағы", "ортасы", "ортасында", "аяғы", "аяғында",
    ]

    /// Century words (`век`, `вв.`, `ғасыр`, `century`); the value says whether plural.
    static let centuryWords: WordKeyTable<Bool> = {
        var t = [WordKey: Bool]()
        for w in ["век", "века", "веке", "веку", "веком", "в", "ғасыр", "ғасырда", "ғасырдағы", "ғасырдың",
                  "ғасырдан", "ғасырға", "ғ", "century", "столетие", "столетия", "столетии", "столетию", "столетием"] {
            t[WordKey(w)] = false
        }
        for w in ["веков", "векам", "веках", "вв", "столетий", "столетиях", "столетиям", "ғасырлар", "ғасырларда", "ғасырлардағы", "centuries"] { t[WordKey(w)] = true }
        return WordKeyTable(t)
    }()

    /// Century abbreviations that need their full stop (`в.`, `вв.`, `ғ.`).
    static let centuryAbbreviations: WordKeySet = ["в", "вв", "ғ"]

    /// Endings after a hyphen that make a round year a decade (`1990-е`, `1990-х`, `2000-ых`).
    static let decadeEndings: WordKeySet = ["е", "х", "ые", "ых", "ыми", "ие", "их"]

    /// Ordinal endings after a hyphen that keep a year a year (`1993-го`, `2020-м`).
    static let ordinalEndings: WordKeySet = ["го", "м", "й", "ого", "ом", "ый", "ий", "ым",
                                                 "шы", "ші", "ыншы", "інші", "ншы", "нші"]

    /// English ordinal suffixes glued to a number (`20th`, `21st`).
    static let englishOrdinals: WordKeySet = ["st", "nd", "rd", "th"]

    /// Words before a date that open a period (`с 1993 по 1995`, `from 1993 to 1995`).
    static let periodOpeners: WordKeySet = ["с", "со", "from", "since", "between", "от"]

    /// Openers that make an open period on their own (`с 2011 года`, `since 2011`).
    static let openPeriodOpeners: WordKeySet = ["с", "со", "from", "since"]

    /// Words between the two ends of a period, with the openers they need.
    static let periodClosers: WordKeyTable<WordKeySet> = [
        "по": ["с", "со"], "до": ["с", "со", "от"],
        "to": ["from"], "until": ["from", "since"], "till": ["from"], "through": ["from"],
        "and": ["between"],
    ]

    /// Prepositions that let two bare years joined by a dash be a period (`в 1993–1995`, `in 1993–1995`).
    static let rangePrepositions: WordKeySet = ["с", "со", "в", "во", "за", "от", "период", "периоде", "периода",
                                                 "in", "from", "during", "between", "over", "for", "period", "since"]

    /// Kazakh postpositions after an ablative date: `2011 жылдан бастап` (since), `бері`.
    static let kazakhSince: WordKeySet = ["бастап", "бері"]

    /// Kazakh postpositions after a dative date that close a period: `1995 жылға дейін`.
    static let kazakhUntil: WordKeySet = ["дейін", "дейінгі", "шейін", "шейінгі"]

    /// Words joining items of a list (`в 2022 и 2023 годах`, `8 и 9 декабря`).
    static let coordinators: WordKeySet = ["и", "или", "and", "or", "және", "мен", "бен", "пен"]

    /// Signs after which a number is never a date (`№ 2572`, `N 1484`, `§ 12`).
    static let numberSigns: WordKeySet = ["№", "§", "n", "no", "nr", "nos"]

    /// Beginnings of the words for numbered parts of a text, after which a number is the part's
    /// number (`пункт 1.2.2020`, `статьи 2001`, `Article 1995`, `бабы`).
    static let numberedWords = WordPrefixTable(
        ["пункт", "подпункт", "стать", "част", "глав", "раздел", "бап", "баб", "тармақ", "тармағ"].map { ($0, 4) }
        + ["article", "section", "paragraph", "chapter", "clause", "page"].map { ($0, 1) })

    /// Abbreviations that, with their full stop, make the next number a page, article, item or
    /// volume number (`С. 418`, `с. 405`, `ст. 78`, `п. 2`, `т. 1`, `pp. 10`, `No. 5`).
    static let numberAbbreviations: WordKeySet = ["с", "стр", "ст", "п", "пп", "ч", "т", "вып", "p", "pp", "vol",
                                                   "no", "nr", "б", "бб", "iss", "art", "para", "sec", "ss"]
}
