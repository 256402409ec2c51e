/// A phrase that opens the condition of a power (`с согласия`, `по своему усмотрению`).
struct ConditionCue: Sendable {
    /// The phrase says the thing is absent or not needed (`без согласия`, `не требуется`).
    var negated = false
    /// The phrase names a body whose consent is needed; that body then holds a `consent` power.
    var consent = false
    /// The phrase closes the condition (Kazakh postpositions: `Сенаттың келісімімен`), so the
    /// condition starts at the names before it.
    var postpositional = false
    /// The phrase ends with the body it names (`по представлению Президента`), rather than at
    /// the next punctuation mark (`в случае ...`, `требуется ...`).
    var namesBody = false
    /// The phrase is the cue itself (`по своему усмотрению`).
    var fixed = false
}

/// Where a statement stands in time, as cued by words of the clause.
enum StatusCue: Sendable {
    /// `было исключено положение`, `утратил силу`, `no longer`.
    case abolished
    /// `предлагается`, `рекомендуется`, `законопроект`.
    case proposed
    /// Past tense or `до`, `первоначально`: held once, not now.
    case past
    /// A past verb that grants a power still held (`получил право`, `был наделён`).
    case granted
}

/// Small closed word lists of the power rules.
enum CueTable {
    static let conditions = PatternIndex<ConditionCue>([
        ("с соглас*", ConditionCue(consent: true, namesBody: true)),
        ("по согласовани*", ConditionCue(consent: true, namesBody: true)),
        ("при соглас*", ConditionCue(consent: true, namesBody: true)),
        ("с одобрени*", ConditionCue(consent: true, namesBody: true)),
        ("после получени* соглас*", ConditionCue(consent: true, namesBody: true)),
        ("требу* соглас*", ConditionCue(consent: true)),
        ("соглас*", ConditionCue(consent: true, namesBody: true)),
        ("без соглас*", ConditionCue(negated: true, namesBody: true)),
        ("без согласовани*", ConditionCue(negated: true, namesBody: true)),
        ("не требу*", ConditionCue(negated: true)),
        ("требу*", ConditionCue()),
        ("после консультац*", ConditionCue(namesBody: true)),
        ("после соблюдени*", ConditionCue()),
        ("после утвержден*", ConditionCue(namesBody: true)),
        ("после одобрени*", ConditionCue(namesBody: true)),
        ("по сво* усмотрени*", ConditionCue(fixed: true)),
        ("по собственн* усмотрени*", ConditionCue(fixed: true)),
        ("по его усмотрени*", ConditionCue(fixed: true)),
        ("по ее усмотрени*", ConditionCue(fixed: true)),
        ("по её усмотрени*", ConditionCue(fixed: true)),
        ("по его собственн* усмотрени*", ConditionCue(fixed: true)),
        ("по сво* собственн* усмотрени*", ConditionCue(fixed: true)),
        ("at its own discretion", ConditionCue(fixed: true)),
        ("at his own discretion", ConditionCue(fixed: true)),
        ("по представлени*", ConditionCue(namesBody: true)),
        ("по предложени*", ConditionCue(namesBody: true)),
        ("в случа*", ConditionCue()),
        ("по собственн* инициатив*", ConditionCue(fixed: true)),
        ("по сво* инициатив*", ConditionCue(fixed: true)),
        ("в связи с", ConditionCue()),
        ("ұсынуымен", ConditionCue(postpositional: true)),
        ("ұсынуы бойынша", ConditionCue(postpositional: true)),
        ("с учет* мнени*", ConditionCue(namesBody: true)),
        ("келісімімен", ConditionCue(consent: true, postpositional: true)),
        ("келісімі бойынша", ConditionCue(consent: true, postpositional: true)),
        ("келісімінсіз", ConditionCue(negated: true, postpositional: true)),
        ("өз қалау*", ConditionCue(fixed: true)),
        ("кеңескеннен кейін", ConditionCue(postpositional: true)),
        ("with the consent*", ConditionCue(consent: true, namesBody: true)),
        ("with consent*", ConditionCue(consent: true, namesBody: true)),
        ("without the consent*", ConditionCue(negated: true)),
        ("after consultation*", ConditionCue(namesBody: true)),
        ("at his discretion", ConditionCue(fixed: true)),
        ("at its discretion", ConditionCue(fixed: true)),
        ("on the proposal*", ConditionCue(namesBody: true)),
        ("upon the proposal*", ConditionCue(namesBody: true)),
        ("on the recommendation*", ConditionCue(namesBody: true)),
        ("upon the recommendation*", ConditionCue(namesBody: true)),
    ], except: ["соглас*": ["согласно", "согласн", "согласова", "согласуе", "согласит", "согласил"]])

    /// Nouns whose genitive (Russian) names the holder: `полномочие Президента`,
    /// `в компетенцию Сената`, `со стороны Президента`.
    static let possessorCues = PatternIndex<Bool>([
        ("полномочи*", true), ("компетенц*", true), ("прав", true), ("прерогатив*", true),
        ("функци*", true), ("со сторон*", true), ("ведени*", true), ("power*", true),
    ])

    static let status = PatternIndex<StatusCue>([
        ("исключ*", .abolished), ("утратил* сил*", .abolished), ("утрат* сил*", .abolished),
        ("упраздн*", .abolished), ("утратил* прав*", .abolished), ("утрачива* прав*", .abolished), ("утрачива* полномоч*", .abolished), ("утратил* полномоч*", .abolished), ("лишил*", .abolished), ("лишен*", .abolished),
        ("больше не", .abolished), ("более не", .abolished), ("no longer", .abolished),
        ("abolish*", .abolished), ("алынып тасталды", .abolished), ("алып тасталды", .abolished),
        ("предлагается", .proposed), ("предлага* надел*", .proposed), ("предлага* закреп*", .proposed),
        ("предлага* предостав*", .proposed), ("предлага* передать", .proposed), ("предлагаем", .proposed), ("предлагаю", .proposed),
        ("рекомендуе*", .proposed), ("рекомендова*", .proposed), ("рекомендуем", .proposed), ("целесообразн*", .proposed), ("следует", .proposed),
        ("следовало", .proposed), ("законопроектом", .proposed), ("законопроекте", .proposed), ("планирует*", .proposed),
        ("предполагается", .proposed), ("proposed", .proposed), ("should", .proposed),
        ("ұсынылады", .proposed), ("ұсынамыз", .proposed),
        ("был", .past), ("была", .past), ("было", .past), ("были", .past), ("входил*", .past),
        ("являл*", .past), ("мог", .past), ("могла", .past), ("могло", .past), ("могли", .past),
        ("имел*", .past), ("обладал*", .past), ("осуществлял*", .past), ("принадлежал*", .past),
        ("располагал*", .past), ("первоначальн*", .past), ("прежн*", .past), ("ранее", .past),
        ("was", .past), ("were", .past), ("had", .past), ("could", .past), ("болды", .past), ("еді", .past),
        ("получил*", .granted), ("наделен*", .granted), ("наделён*", .granted), ("наделил*", .granted),
        ("стал", .granted), ("стала", .granted), ("стало", .granted), ("стали", .granted),
        ("gained", .granted), ("granted", .granted),
    ], except: ["исключ*": ["исключени", "исключительн"], "прежн*": ["прежнему"]])

    /// Prepositions: a noun right after one is not a subject, an agent or a direct object.
    static let prepositions: LetterSet = [
        "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "обо", "от", "до", "из", "у", "за",
        "под", "над", "при", "без", "для", "перед", "между", "через", "про", "ради", "среди", "после",
        "of", "to", "in", "on", "at", "for", "with", "without", "from", "into", "under", "over",
        "between", "about", "against", "by",
    ]

    /// Words for an office (`на должность`, `қызметке`, `office`).
    static let officeWords = WordPattern("должност* лауазым* қызмет* office post").words

    /// Modal words: after a conjunction they start a new predicate (`... и может распустить`).
    static let modals: LetterSet = [
        "может", "могут", "вправе", "должен", "должна", "должны", "правомочен", "обязан", "можно",
        "may", "can", "must", "shall", "is", "құқылы",
    ]

    /// Verbs of having a power (`обладает правом`, `имеет право`, `наделен полномочием`): denied
    /// by `не`, they deny the power.
    static let possession: PrefixList = ["облада", "име", "надел", "уполномоч", "полномоч", "правомоч", "has", "have", "вправе"]

    /// Pronouns that stand for an object named just before (`освобождает его от должности`).
    static let objectPronouns: LetterSet = ["его", "её", "ее", "их", "них", "оларды", "оны", "him", "them", "it"]
    /// Personal pronouns that may be the subject of a power (`Он вправе назначать`).
    static let subjectPronouns: LetterSet = ["он", "она", "оно", "они", "he", "she", "it", "they", "ол", "олар"]

    /// The plural ones among them.
    static let pluralPronouns: LetterSet = ["их", "них", "оларды", "them"]

    /// Sentences that open with these labels are lists of words, not statements.
    static let listLabels: [[Letters]] = [["ключевые", "слова"], ["keywords"], ["key", "words"], ["түйінді", "сөздер"], ["түйін", "сөздер"]]

    /// Single words the rules test for, built once (a `Letters` literal allocates).
    enum Word {
        static let not: Letters = "не", notEn: Letters = "not", cannot: Letters = "cannot", onto: Letters = "на", behind: Letters = "за", over: Letters = "над"
        static let by: Letters = "by", the: Letters = "the", of: Letters = "of", than: Letters = "than", toEn: Letters = "to"
        static let belongs: PrefixList = ["принадлеж", "предостав", "переда", "позвол", "разреш"]
        static let topic: LetterSet = ["на", "о", "об", "в", "во", "при"]
        /// Prepositions of time: an action noun after one is an event (`после ее избрания`).
        static let temporal: LetterSet = ["после", "до", "after", "before"]
        /// Nouns for a procedure or an institution: an action noun after one names a topic
        /// (`порядок назначения акимов`).
        static let procedures: PrefixList = ["порядк", "порядок", "процедур", "механизм", "институт", "практик", "procedure"]
        /// Words that keep or fix a power for someone (`за Сенатом сохранено право`).
        static let keeps: PrefixList = ["закреп", "сохран", "оставл"]
        /// Stems of `вопрос`, `решение`: a subject deciding the question of an act holds it.
        static let decision: LetterSet = ["вопрос", "решен"]
        static let untilKk: Letters = "дейін", fromYearKk: Letters = "жылдан"
        static let more: LetterSet = ["больше", "более", "уже"]
        static let also: Letters = "также"
        /// Kazakh `келісім` (consent) and the dative endings of a verbal noun (`тағайындауға`).
        static let consentKk: Letters = "келісім"
        static let datives: [Letters] = ["уға", "уге", "уқа", "уке"]
        /// Prepositions of circumstance or topic (`при формировании Правительства`, `о смещении
        /// Президента`).
        static let circumstance: LetterSet = ["при", "для", "после", "до", "о", "об"]
        /// Words that except a name from a list (`за исключением`, `кроме`, `except`).
        static let except: LetterSet = ["исключением", "кроме", "except", "excluding"]
        /// Kazakh `құқылы емес` (has no right): a denied modal after the action.
        static let modalKk: Letters = "құқылы", notKk: Letters = "емес"
    }

    /// Prepositions before an action noun whose object a proposal or consent is about
    /// (`согласие на назначение X`, `представление о назначении X`, `consent to the appointment of X`).
    static let targetPrepositions: LetterSet = ["на", "о", "об", "to"]

    /// Prepositions some actions take their object with (`контроль над`, `no confidence in`,
    /// `согласие на`).
    static let objectPrepositions: [String: Set<Letters>] = [
        "control": ["над", "over"], "no_confidence": ["in"], "consent": ["на", "с"],
        "call_elections": ["в", "во", "to", "for"],
    ]

    /// Words that join coordinated actions or objects.
    static let conjunctions: LetterSet = ["и", "или", "либо", "также", "and", "or", "және", "немесе", "болмаса"]

    /// Contrastive words that, after a comma, open a new predicate with its own subject
    /// (`..., а Президент не вправе ...`).
    static let contrastive: LetterSet = ["а", "но", "однако", "but", "whereas", "while", "ал", "бірақ"]

    /// Relative pronouns: a subject is not looked for across one.
    static let relatives: LetterSet = [
        "который", "которая", "которое", "которые", "которого", "которой", "которому", "которым",
        "которых", "которыми", "котором", "who", "which", "that",
    ]

    /// Relative pronouns that are the subject of their clause: the name before the comma is the
    /// subject of the action inside (`Президент, который назначает ...`).
    static let subjectRelatives: LetterSet = ["который", "которая", "которое", "которые", "who", "which"]

    /// Words that introduce a purpose (`для назначения ...`): the subject of such a noun is the
    /// subject of the whole clause, which may come after it.
    static let purpose: LetterSet = ["для", "for", "үшін"]

    /// Words that point back to an object named before (`указанных`, `названных`, `этих`).
    static let anaphoric = PatternIndex<Bool>([
        ("указанн*", true), ("вышеуказанн*", true), ("названн*", true), ("вышеназванн*", true),
        ("этих", true), ("этим", true), ("этими", true), ("данных", true), ("данного", true),
        ("аталған", true), ("көрсетілген", true), ("these", true),
    ])

    /// Words before a year that close a period (`до 2007 г.`): the year is not a "since".
    static let untilWords: LetterSet = ["до", "until", "дейін", "по"]
    /// Words before a year that open a period (`с 2022 года`).
    static let sinceWords: LetterSet = ["с", "со", "since", "from"]
}
