/// The closed word classes ``BareYearRule`` reads around a four-digit number written without
/// a date word. All keys are lowercase.
enum BareYearVocabulary {
    /// Russian prepositions after which a bare number may be a year (`в 2020`, `с 2005`, `к 2030`,
    /// `за 2022`), when no noun follows it.
    static let russianPrepositions: WordKeySet = [
        "в", "во", "с", "со", "к", "ко", "до", "после", "за", "на", "течение", "около", "вплоть",
    ]

    /// Words that may follow a year but never a count: prepositions, conjunctions, particles
    /// (`В 2020 в Москве`, `в 2020 же`, `in 2020 and`).
    static let functionWords: WordKeySet = [
        "в", "во", "на", "и", "а", "но", "по", "с", "со", "к", "у", "о", "об", "за", "из", "от", "до", "при",
        "для", "когда", "же", "ещё", "еще", "уже", "также", "тоже", "лишь", "только", "впервые", "вновь",
        "снова", "был", "была", "было", "были", "или", "ли", "что", "как",
    ]

    /// Single marks that may close the phrase a bare year ends (`в 2020,`, `с 2005)`).
    static let closingMarks: Set<UInt32> = [0x2C, 0x2E, 0x3B, 0x3A, 0x29, 0x5D, 0xBB, 0x22, 0x0A, 0x3F, 0x21]

    /// Beginnings of the nouns that make the number before them a count (`2000 рублей`,
    /// `1500 человек`, `2000 теңгеден`), with the longest ending each takes.
    static let countWords = WordPrefixTable([
        ("рубл", 3), ("руб", 0), ("тенге", 0), ("теңге", 5), ("доллар", 3), ("евро", 0), ("человек", 2),
        ("чел", 0), ("граждан", 3), ("депутат", 3), ("случа", 3), ("обращени", 3), ("жалоб", 2), ("тыс", 0),
        ("млн", 0), ("млрд", 0), ("адам", 5), ("мрп", 4), ("единиц", 2), ("голос", 3), ("подпис", 3),
        ("страниц", 2), ("экземпляр", 3), ("процент", 3), ("пайыз", 5), ("тонн", 1), ("штук", 2),
        ("раз", 1), ("дел", 2), ("кандидат", 3), ("избирател", 3), ("участк", 3), ("сайлаушы", 5),
        ("мзп", 0), ("usd", 0), ("kzt", 0), ("eur", 0), ("rub", 0), ("км", 0), ("кг", 0), ("га", 0), ("кв", 0),
    ])

    /// Endings of Russian verbs in the past and present tense and of short participles (`прошли`,
    /// `вступил`, `действует`, `проводятся`, `запущен`, `принята`), which follow a year but never a
    /// count; the stem must have three letters.
    static let verbEndings = WordSuffixTable(
        ["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ут", "ют", "ит", "ят", "ется", "ются",
         "ится", "ятся", "ан", "ана", "ано", "аны", "ен", "ена", "ено", "ены", "ыт", "ыта", "ято", "ята"],
        minimumStem: 3, except: ["лет", "монет", "анкет", "газет", "ракет", "кассет", "примет", "смет", "квот",
                                 "стран", "граждан", "сторон", "времен", "знамен", "семян"])

    /// English words before an attributive year (`the 1995 Constitution`).
    static let englishDeterminers: WordKeySet = ["the", "its", "their", "his", "her", "this", "that"]

    /// English nouns and adjectives of events that an attributive year dates (`the 2019 amendments`,
    /// `the 2022 constitutional reform`).
    static let englishEvents: WordKeySet = [
        "amendment", "amendments", "reform", "reforms", "referendum", "election", "elections", "constitution",
        "law", "laws", "code", "census", "report", "act", "decree", "revision", "edition", "crisis", "pandemic",
        "budget", "survey", "ruling", "decision", "judgment", "judgement", "agreement", "treaty", "convention",
        "programme", "program", "strategy", "concept", "parliamentary", "presidential", "constitutional",
        "general", "local", "snap", "legislative", "municipal", "regional", "version", "resolution", "address",
    ]
}
