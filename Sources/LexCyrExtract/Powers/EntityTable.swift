/// What a name in the text refers to: a body or official that can hold or be the object of a
/// power (`president`, `maslikhat`, `akim`), or a document a power acts on (`rules`).
struct EntityInfo: Sendable {
    /// Normalised name, as written into `Power.holder` / `Power.object`.
    var name: String
    /// Gender of the head noun (for reading Russian case endings).
    var gender: Gender = .masculine
    /// Whether it can hold powers (a document cannot).
    var canHold = true
    /// Whether it is a person or office (an object that can be appointed or dismissed).
    var isPerson = false
}

/// Surface forms of holders and objects in Russian (matched on stems), Kazakh (matched on
/// prefixes) and English.
enum EntityTable {
    private static func person(_ name: String, _ g: Gender = .masculine, canHold: Bool = true) -> EntityInfo {
        EntityInfo(name: name, gender: g, canHold: canHold, isPerson: true)
    }
    private static func body(_ name: String, _ g: Gender = .masculine) -> EntityInfo {
        EntityInfo(name: name, gender: g)
    }
    private static func document(_ name: String, _ g: Gender = .masculine) -> EntityInfo {
        EntityInfo(name: name, gender: g, canHold: false)
    }

    static let entries: [(String, EntityInfo)] = [
        // President
        ("президент*", person("president")),
        ("^глав государств", person("president", .feminine)),
        ("высшее должностн* ^лиц*", person("president", .neuter)),
        ("высшего должностн* ^лиц*", person("president", .neuter)),
        ("высшему должностн* ^лиц*", person("president", .neuter)),
        ("высшим должностн* ^лиц*", person("president", .neuter)),
        ("высшем должностн* ^лиц*", person("president", .neuter)),
        ("мемлекет ^басшы*", person("president")),
        ("^head of state", person("president")),
        ("president*", person("president")),
        ("высш* должностн* ^лиц* субъект*", person("regional_head", .neuter)),
        ("высш* должностн* ^лиц* регион*", person("regional_head", .neuter)),
        ("губернатор*", person("regional_head")),
        ("^глав* субъект*", person("regional_head", .feminine)),
        ("^глав* регион*", person("regional_head", .feminine)),
        ("законодательн* ^орган*", body("legislature")),
        ("законодательн* представительн* ^орган*", body("legislature")),
        ("федеральн* ^орган* исполнительн* власт*", body("federal_executive_bodies")),
        ("^орган* исполнительн* власт* субъект*", body("regional_executive_bodies")),
        ("законодательн* ^собрани*", body("legislature", .neuter)),
        ("regional legislature*", body("legislature")),
        ("governor*", person("regional_head")),
        ("^администрац* президент*", body("presidential_administration", .feminine)),
        ("центральн* исполнительн* ^орган*", body("central_executive_bodies")),
        // Government and its head
        ("правительств", body("government", .neuter)),
        ("үкімет*", body("government")),
        ("government*", body("government")),
        ("^кабинет* министр*", body("government")),
        ("cabinet of ministers", body("government")),
        ("cabinet", body("government")),
        ("министрлер ^кабинет*", body("government")),
        ("премьер министр*", person("prime_minister")),
        ("^председател* правительств*", person("prime_minister")),
        ("^глав правительств*", person("prime_minister", .feminine)),
        ("prime minister*", person("prime_minister")),
        ("^head of government", person("prime_minister")),
        ("^head of the government", person("prime_minister")),
        ("^вице премьер*", person("deputy_prime_ministers", canHold: false)),
        ("^заместител* премьер министр*", person("deputy_prime_ministers", canHold: false)),
        ("deputy prime minister*", person("deputy_prime_ministers", canHold: false)),
        ("^член* правительств*", person("ministers", canHold: false)),
        ("^member* of the government", person("ministers", canHold: false)),
        ("үкімет ^мүше*", person("ministers", canHold: false)),
        ("^заместител* председател* правительств*", person("deputy_prime_ministers", canHold: false)),
        ("^председател* национальн* банк*", person("national_bank_chair")),
        ("^председател* центральн* банк*", person("central_bank_chair")),
        ("^председател* комитет* национальн* безопасност*", person("national_security_chair")),
        ("ұлттық банк* ^төраға*", person("national_bank_chair")),
        ("министр", person("ministers", canHold: false)),
        ("министрлер*", person("ministers", canHold: false)),
        ("министрлерд*", person("ministers", canHold: false)),
        ("minister*", person("ministers", canHold: false)),
        // Parliament and its chambers
        ("парламент*", body("parliament")),
        ("федеральн* ^собрани*", body("parliament", .neuter)),
        ("национальн* ^собрани*", body("parliament", .neuter)),
        ("олий ^мажлис*", body("parliament")),
        ("жогорку ^кенеш*", body("parliament")),
        ("милли ^меджлис*", body("parliament")),
        ("^маджлис* оли", body("parliament")),
        ("верховн* ^рад*", body("parliament", .feminine)),
        ("parliament*", body("parliament")),
        ("oliy majlis", body("parliament")),
        ("jogorku kenesh", body("parliament")),
        ("national assembly", body("parliament")),
        ("всебелорусск* народн* ^собрани*", body("all_belarusian_peoples_assembly", .neuter)),
        ("all belarusian people* assembly", body("all_belarusian_peoples_assembly")),
        ("законодательн* ^палат*", body("legislative_chamber", .feminine)),
        ("legislative chamber", body("legislative_chamber")),
        ("^палат* представител*", body("house_of_representatives", .feminine)),
        ("house of representatives", body("house_of_representatives")),
        ("^совет* республик*", body("council_of_republic")),
        ("council of the republic", body("council_of_republic")),
        ("сенат*", body("senate")),
        ("senate", body("senate")),
        ("мажилис*", body("mazhilis")),
        ("мәжіліс*", body("mazhilis")),
        ("mazhilis", body("mazhilis")),
        ("государствен* ^дум*", body("state_duma", .feminine)),
        ("госдум*", body("state_duma", .feminine)),
        ("дум", body("state_duma", .feminine)),
        ("duma", body("state_duma")),
        ("областн* ^дум", body("legislature", .feminine)),
        ("городск* ^дум", body("legislature", .feminine)),
        ("краев* ^дум", body("legislature", .feminine)),
        ("state duma", body("state_duma")),
        ("^совет федерац*", body("federation_council")),
        ("federation council", body("federation_council")),
        ("верховн* ^совет", body("supreme_council")),
        ("депутат*", person("deputies", canHold: false)),
        ("deputies", person("deputies", canHold: false)),
        // Local government
        ("маслихат*", body("maslikhat")),
        // Local councils elsewhere: Kengashes (Uzbekistan), keneshes (Kyrgyzstan), Soviets of deputies.
        ("кенгаш*", body("local_council")),
        ("^кенгаш* народн* депутат*", body("local_council")),
        ("^кенеш*", body("local_council")),
        ("^совет* депутат*", body("local_council")),
        ("^совет* народн* депутат*", body("local_council")),
        ("местн* ^совет*", body("local_council")),
        ("local council*", body("local_council")),
        ("хоким", person("hokim")),
        ("hokim*", person("hokim")),
        ("хокимият*", body("hokimiyat")),
        ("исполнительн* ^комитет*", body("executive_committee")),
        ("исполком*", body("executive_committee")),
        ("облисполком*", body("executive_committee")),
        ("райисполком*", body("executive_committee")),
        ("горисполком*", body("executive_committee")),
        ("мәслихат*", body("maslikhat")),
        ("maslikhat*", body("maslikhat")),
        ("местн* представительн* ^орган*", body("maslikhat")),
        ("аким", person("akim")),
        ("әкім*", person("akim")),
        ("akim*", person("akim")),
        ("акимат", body("akimat")),
        ("әкімдік*", body("akimat")),
        ("местн* исполнительн* ^орган*", body("akimat")),
        ("^глав местн* исполнительн* орган*", person("head_local_executive", .feminine)),
        ("^глав вышестоящ* местн* исполнительн* орган*", person("head_local_executive", .feminine)),
        ("^глав администрац*", person("head_local_executive", .feminine)),
        ("^глав местн* администрац*", person("head_local_executive", .feminine)),
        // Courts, prosecution, elections
        ("конституцион* ^суд", body("constitutional_court")),
        ("конституциялық ^сот*", body("constitutional_court")),
        ("constitutional court", body("constitutional_court")),
        ("конституцион* ^совет", body("constitutional_council")),
        ("верховн* ^суд", body("supreme_court")),
        ("жоғарғы ^сот*", body("supreme_court")),
        ("supreme court", body("supreme_court")),
        ("суд", body("court")),
        ("судь*", person("judges", .feminine, canHold: false)),
        ("судей", person("judges", .feminine, canHold: false)),
        ("judges", person("judges", canHold: false)),
        ("генеральн* ^прокурор*", person("prosecutor_general")),
        ("бас ^прокурор*", person("prosecutor_general")),
        ("prosecutor general", person("prosecutor_general")),
        ("центральн* избирательн* ^комисс*", body("central_election_commission", .feminine)),
        ("цик", body("central_election_commission")),
        ("центризбирком*", body("central_election_commission")),
        ("орталық сайлау ^комиссия*", body("central_election_commission")),
        ("central election commission", body("central_election_commission")),
        ("высш* аудиторск* ^палат*", body("supreme_audit_chamber", .feminine)),
        ("счетн* ^палат*", body("accounts_chamber", .feminine)),
        ("счетн* ^комитет*", body("accounts_committee")),
        ("должностн* ^лиц*", person("officials", .neuter, canHold: false)),
        ("государствен* ^секретар*", person("state_secretary")),
        ("мемлекеттік ^хатшы*", person("state_secretary")),
        ("state secretary", person("state_secretary")),
        ("уполномоченн* по правам человека", person("ombudsman")),
        // Documents a power may approve
        ("правил*", document("rules", .neuter)),
        ("rules", document("rules")),
        ("ереже*", document("rules")),
        ("концепц*", document("concept", .feminine)),
        ("бюджет*", document("budget")),
        ("budget*", document("budget")),
        ("программ*", document("programme", .feminine)),
        ("бағдарлама*", document("programme")),
        ("programme*", document("programme")),
        ("program", document("programme")),
        ("programs", document("programme")),
        ("план", document("plan")),
        ("жоспар*", document("plan")),
    ]

    /// First-word prefixes that cancel a match (`президентский` is not the President).
    static let exceptions: [String: [String]] = [
        "президент*": ["президентск", "президентур"],
        "president*": ["presidential", "presidency"],
        "парламент*": ["парламентск", "парламентар"],
        "parliament*": ["parliamentar"],
        "сенат*": ["сенатор"],
        "әкім*": ["әкімдік", "әкімш"],
        "akim*": ["akimat"],
        "суд": ["судь", "судей", "судебн"],
        "government*": ["governmental"],
        "minister*": ["ministerial", "ministry"],
        "депутат*": ["депутатск"],
        "маслихат*": ["маслихатск"],
        "кенгаш*": ["кенгашск"],
        "правил*": ["правильн"],
        "бюджет*": ["бюджетн"],
        "hokim*": ["hokimiyat"],
        "governor*": ["governorate"],
        "budget*": ["budgetary"],
    ]

    /// Offices inside a body that have a name of their own: the chair of the government is the
    /// prime minister, its members are the ministers.
    static let canonicalOffices: [String: String] = [
        "government_chair": "prime_minister", "government_head": "prime_minister",
        "government_members": "ministers", "hokimiyat_head": "hokim", "akimat_head": "akim",
    ]

    /// The index used by the scanner.
    static let index = PatternIndex(entries, except: exceptions)
}
