import LexCyrCore

/// The words that name acts, their issuers and their states, keyed by Snowball stem (Russian) or
/// by lemma stem (Kazakh, see ``KazakhMorphology``).
///
/// Tables are built once. Everything here is data; the rules that use it live in the parsers.
enum ActLexicon {
    /// How a word that names an act type behaves.
    struct TypeWord: Sendable {
        /// The type the word names.
        var kind: ActReference.Kind
        /// What is left of a plural form after the stem (`законов` → `ов`); plurals are generic
        /// ("законы", "указами") and are not references to one act.
        var plural: Set<String>
        /// The issuers the word needs to name an act (`Определение` needs a court).
        var needs: IssuerNeed = .none
        /// Remainders that make another word of the same stem (`законный`: `ный`).
        var rejects: [String] = []
    }

    static let masculinePlural: Set<String> = ["ы", "ов", "ам", "ами", "ах"]
    static let neuterPlural: Set<String> = ["ий", "иям", "иями", "иях"]
    static let participle = ["н"]
    static let courts: Set<String> = ["constitutional_court", "constitutional_council", "supreme_court", "court"]
    /// Collegial bodies whose acts are `решения` (decisions).
    static let collegialBodies: Set<String> = ["central_election_commission", "local_representative", "local_executive",
                                               "parliament", "government"]

    /// Russian type words by Snowball stem.
    static let russianTypes: [String: TypeWord] = [
        "закон": TypeWord(kind: .law, plural: masculinePlural, rejects: participle),
        "законопроект": TypeWord(kind: .bill, plural: masculinePlural),
        "указ": TypeWord(kind: .decree, plural: masculinePlural),
        "декрет": TypeWord(kind: .decree, plural: masculinePlural),
        "постановлен": TypeWord(kind: .resolution, plural: neuterPlural, rejects: participle),
        "кодекс": TypeWord(kind: .code, plural: masculinePlural),
        "конституц": TypeWord(kind: .constitution, plural: neuterPlural),
        "послан": TypeWord(kind: .address, plural: neuterPlural, rejects: participle),
        "приказ": TypeWord(kind: .order, plural: masculinePlural),
        "распоряжен": TypeWord(kind: .order, plural: neuterPlural, rejects: participle),
        "определен": TypeWord(kind: .courtDecision, plural: neuterPlural, needs: .court, rejects: participle),
        "заключен": TypeWord(kind: .courtDecision, plural: neuterPlural, needs: .court, rejects: participle),
        "решен": TypeWord(kind: .courtDecision, plural: neuterPlural, needs: .body, rejects: participle),
        "договор": TypeWord(kind: .treaty, plural: masculinePlural),
        "конвенц": TypeWord(kind: .treaty, plural: neuterPlural),
        "соглашен": TypeWord(kind: .treaty, plural: neuterPlural, rejects: participle),
        "пакт": TypeWord(kind: .treaty, plural: masculinePlural),
        "харт": TypeWord(kind: .treaty, plural: neuterPlural),
        "резолюц": TypeWord(kind: .resolution, plural: neuterPlural),
        "письм": TypeWord(kind: .other, plural: ["ам", "ами", "ах"], needs: .authority),
        // `ФЗ от 21.07.2014 № 242-ФЗ`, `ФКЗ «О референдуме …»` (upper case only, see `WordClassifier`)
        "фз": TypeWord(kind: .law, plural: []),
        "фкз": TypeWord(kind: .constitutionalLaw, plural: []),
    ]

    /// Words in front of a type word that refine it.
    enum Modifier: Sendable, Equatable {
        /// `Федеральный` (Russian federal act).
        case federal
        /// `Конституционный`, `Конституциялық` (with a law: a constitutional law).
        case constitutional
        /// `Нормативное`, `нормативтік` (normative resolutions of courts).
        case normative
        /// `Проект`, `жобасы` (a bill).
        case draft
        /// `Гражданский`, `Налоговый`, `Азаматтық`: part of a code's name.
        case codeName
        /// `Совместный`, `Типовой`: part of the act's name, no meaning of its own.
        case other
    }

    /// Russian modifiers by Snowball stem.
    static let russianModifiers: [String: Modifier] = {
        var m: [String: Modifier] = ["федеральн": .federal, "федер": .federal, "конституцион": .constitutional,
                                     "нормативн": .normative, "проект": .draft,
                                     "совместн": .other, "типов": .other, "модельн": .other, "международн": .other]
        for s in ["гражданск", "гражданско-процессуальн", "налогов", "бюджетн", "трудов", "уголовн",
                  "уголовно-процессуальн", "уголовно-исполнительн", "процессуальн", "исполнительн",
                  "земельн", "семейн", "жилищн", "водн", "лесн", "воздушн", "таможен", "избирательн",
                  "арбитражн", "административн", "градостроительн", "экологическ", "предпринимательск",
                  "социальн", "информационн", "банковск", "торгов", "градостроительн", "морск"] {
            m[s] = .codeName
        }
        return m
    }()

    /// Issuer-name parts by Snowball stem (Russian); Kazakh ones are in ``KazakhMorphology``.
    static let issuerStems: [String: IssuerParts] = [
        "президент": .president, "глав": .head, "судебн": .court, "коллег": .court, "еспч": .court, "государств": .state, "правительств": .government,
        "парламент": .parliament, "дум": .parliament, "собран": .parliament, "сенат": .parliament, "мажилис": .parliament,
        "совет": .council, "министр": .minister, "министерств": .minister, "суд": .court, "пленум": .plenum,
        "верховн": .supreme, "конституцион": .constitutional, "избирательн": .electoral, "комисс": .commission,
        "центризбирком": .electionCommission, "центризбирк": .electionCommission, "цик": .electionCommission,
        "банк": .bank, "национальн": .national, "центральн": .central, "агентств": .agency, "служб": .agency,
        "комитет": .agency, "маслихат": .maslikhat, "акимат": .akimat, "аким": .akimat, "президиум": .presidium,
        "премьер": .premier,
        // Russian federal bodies by their short names
        "фнс": .agency, "фас": .agency, "фсб": .agency, "фсин": .agency, "фтс": .agency, "фстэк": .agency,
        "роскомнадзор": .agency, "росреестр": .agency, "росстат": .agency, "роспотребнадзор": .agency,
        "ростехнадзор": .agency, "рособрнадзор": .agency, "росздравнадзор": .agency, "росфинмониторинг": .agency,
        "мвд": .minister, "мид": .minister, "мчс": .minister, "цб": .bank,
    ]

    /// States by the stem of a word that names them alone.
    static let jurisdictions: [String: String] = [
        "казахста": "KZ", "рк": "KZ", "казахск": "KZ", "қазақстан": "KZ", "қр": "KZ", "әділет": "KZ", "адилет": "KZ",
        "российск": "RU", "росс": "RU", "рф": "RU", "рсфср": "RU", "ресей": "RU",
        "ссср": "SU", "фз": "RU", "фкз": "RU",
        "белар": "BY", "белорусс": "BY", "белорусск": "BY",
        "узбекиста": "UZ", "узбекск": "UZ",
        "кыргызск": "KG", "кыргызста": "KG", "киргизск": "KG",
        "украин": "UA", "украинск": "UA",
        "таджикиста": "TJ", "таджикск": "TJ",
        "армен": "AM", "армянск": "AM",
        "азербайджа": "AZ", "азербайджанск": "AZ",
        "груз": "GE", "грузинск": "GE",
        "молдов": "MD", "молдавск": "MD",
        "туркмениста": "TM", "туркменск": "TM",
        "сша": "US", "франц": "FR", "французск": "FR", "герман": "DE", "итал": "IT", "итальянск": "IT",
        "япон": "JP", "японск": "JP", "великобритан": "GB", "польш": "PL", "польск": "PL", "турц": "TR",
        "турецк": "TR", "канад": "CA", "швейцар": "CH", "китайск": "CN", "кнр": "CN",
    ]

    /// Words that mark an international body's act (`Европейского Суда`, `ООН`): such an act has
    /// no state, and does not take the document's.
    static let internationalCues: Set<String> = ["европейск", "международн", "межгосударствен", "оон", "снг", "еспч", "мот",
                                                 "еаэс", "евразийск", "халықаралы", "біріккен"]

    /// Words that mark a Soviet-era act (`Казахской ССР`, `СССР`).
    static let sovietCues: Set<String> = ["сср", "ссср", "рсфср"]

    /// Words after which a citation starts (`См.:`, `Қараңыз:`); dropped from the span.
    static let leadIns = WordSet(["см", "ср", "подробнее", "также", "например", "қараңыз", "қар", "цит", "по", "напр"])

    /// First words of parenthesised notes about the edition cited (`(ред. от ...)`); dates in
    /// them are not the act's date.
    static let editionNoteWords: Set<String> = ["ред", "редакц", "изм", "изменен", "доп", "дополнен", "послед",
                                                "действ", "сост", "состоян", "вступ", "өзгеріс", "толықтыру",
                                                "редакция", "редакциясы", "актуальн"]

    /// First words of parenthesised or bracketed adoption notes (`(принята всенародным голосованием 12.12.1993)`).
    static let adoptionNoteWords: Set<String> = ["принят", "приня", "одобр", "утвержд", "утв", "подписа", "заключ", "прин",
                                                 "қабылданған", "қабылда", "қол"]

    /// First words of a part of a code (`(часть первая)`, `(Жалпы бөлім)`).
    static let codePartWords: Set<String> = ["част", "общ", "особен", "бөлім", "жалпы", "ерекше"]

    /// Words that name an official source and start the part of a citation after the act.
    static let sourceStarts: Set<String> = ["ипс", "сз", "собран", "российск", "ведомост", "бюллетен", "вестник",
                                            "официальн", "консультантплюс", "спс", "гарант", "казахстанск",
                                            "егемен", "жаршыс", "парламент", "url", "режим", "текст", "электрон",
                                            "информацион", "сайт", "адилет", "әділет", "газет", "собрание"]

    /// Words that introduce an access date (`дата обращения`, `қаралған күні`, `accessed`).
    static let accessWords: Set<String> = ["обращен", "доступ", "посещен", "қаралған", "жүгінген", "кірген",
                                           "өтініш", "accessed", "access", "retrieved", "просмотр"]

    /// Month stems (first three letters, Russian, Kazakh, English) to month numbers, keyed by
    /// ``Fold/key(_:_:length:)``.
    static let months: [UInt64: Int] = Dictionary(uniqueKeysWithValues: monthStems.map { (Fold.key($0.key, length: 3)!, $0.value) })
    private static let monthStems: [String: Int] = [
        "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
        "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
        "қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "мау": 6, "шіл": 7, "там": 8, "қыр": 9,
        "қаз": 10, "қар": 11, "жел": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Roles by stem or word, gathered from the lists above.
    static let roles: [String: WordRoles] = {
        var r = [String: WordRoles]()
        func add(_ words: Set<String>, _ role: WordRoles) { for w in words { r[w, default: []].insert(role) } }
        add(internationalCues, .international)
        add(sovietCues, .soviet)
        add(editionNoteWords, .editionNote)
        add(adoptionNoteWords, .adoptionNote)
        add(codePartWords, .codePart)
        add(sourceStarts, .sourceStart)
        add(accessWords, .accessWord)
        add(publicationStems, .publication)
        return r
    }()

    /// Kinds of publication: a footnote that names one before the act cites a book, not the act.
    static let publicationStems: Set<String> = ["комментар", "монограф", "учебник", "пособ", "диссертац",
                                                "автореферат", "хрестомат", "энциклопед", "статья", "практикум",
                                                "записк", "обзор", "доклад"]

    /// Suffixes written after an act number: Kazakh laws (`416-V ЗРК`, `416-V ҚРЗ`), State Duma
    /// resolutions (`10339-7 ГД`).
    static let numberSuffixes: Set<String> = ["ЗРК", "ҚРЗ", "ЗРК.", "ҚРЗ.", "ГД"]
}
