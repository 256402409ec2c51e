/// What a word (or a few words) says is done: a normalised action and what else the sentence
/// must hold for the word to mean it.
struct ActionInfo: Sendable {
    /// What else must be near the trigger.
    enum Need: Sendable {
        /// Nothing.
        case none
        /// One of `words` within `window` words on either side
        /// (`прекратить` means terminate_powers only near `полномочия`).
        case near([WordPattern.Word], window: Int)
        /// Words for acts (`акт`, `решение`, `постановление`) nearby; the object is whose acts.
        case acts
        /// `от должности` nearby, or else an object that is a person or office
        /// (`освобождает акима`, but not `освобождение от налогов`).
        case officeOrPerson
        /// A word saying "unconstitutional" nearby (`признать неконституционными`, `признать не
        /// соответствующими Конституции`); the object is whose acts.
        case unconstitutional
        /// An object that is a document (`утверждает Правила`), or an office whose candidate is
        /// approved (`утверждает кандидатуры министров`).
        case document
    }

    /// Normalised action; `@previous` repeats the action of the previous statement
    /// (`принимает это решение`, `это полномочие`).
    var action: String
    /// What else must be near.
    var need: Need = .none
    /// `true` for a reflexive verb that is active (`согласиться`, `соглашается`): `-ся` does not
    /// make it passive.
    var reflexiveActive = false
}

/// Verbs and their nominalisations that state powers, in Russian (by stem prefix), Kazakh and
/// English.
enum ActionTable {
    private static func w(_ notation: String) -> [WordPattern.Word] { WordPattern(notation).words }
    private static let office = w("должност* лауазым* қызмет* office")
    private static let powers = w("полномоч* өкілеттіг* өкілеттік* powers")
    static let candidates = w("кандидат* candidat* candidac* nominee*")
    /// Candidates, or a proposal to appoint (`вносит представление о назначении`).
    private static let proposals = w("кандидат* candidat* candidac* nominee* представлени* предложени*")

    static let entries: [(String, ActionInfo)] = [
        ("назнач*", ActionInfo(action: "appoint")),
        ("тағайында*", ActionInfo(action: "appoint")),
        ("appoint*", ActionInfo(action: "appoint")),
        ("освобо*", ActionInfo(action: "dismiss", need: .officeOrPerson)),
        ("отстран*", ActionInfo(action: "dismiss", need: .near(office, window: 4))),
        ("снима* с должност*", ActionInfo(action: "dismiss")),
        ("снят* с должност*", ActionInfo(action: "dismiss")),
        ("отправ* в отставк*", ActionInfo(action: "dismiss")),
        ("решени* об отставк*", ActionInfo(action: "dismiss")),
        ("босат*", ActionInfo(action: "dismiss", need: .officeOrPerson)),
        ("dismiss*", ActionInfo(action: "dismiss")),
        ("remov* from office", ActionInfo(action: "dismiss")),
        ("принима* отставк*", ActionInfo(action: "accept_resignation")),
        ("принят* отставк*", ActionInfo(action: "accept_resignation")),
        ("принял* отставк*", ActionInfo(action: "accept_resignation")),
        ("отреш*", ActionInfo(action: "remove_from_office", need: .near(office, window: 4))),
        ("impeach*", ActionInfo(action: "remove_from_office")),
        ("прекра*", ActionInfo(action: "terminate_powers", need: .near(powers, window: 6))),
        ("прекращ*", ActionInfo(action: "terminate_powers", need: .near(powers, window: 6))),
        ("тоқтат*", ActionInfo(action: "terminate_powers", need: .near(powers, window: 6))),
        ("terminat*", ActionInfo(action: "terminate_powers", need: .near(powers, window: 4))),
        ("распус*", ActionInfo(action: "dissolve")),
        ("роспуск*", ActionInfo(action: "dissolve")),
        ("тарат*", ActionInfo(action: "dissolve")),
        ("dissolv*", ActionInfo(action: "dissolve")),
        ("отмен*", ActionInfo(action: "annul_acts", need: .acts)),
        ("күшін жо*", ActionInfo(action: "annul_acts", need: .acts)),
        ("annul*", ActionInfo(action: "annul_acts", need: .acts)),
        ("revok*", ActionInfo(action: "annul_acts", need: .acts)),
        ("приостан*", ActionInfo(action: "suspend_acts", need: .acts)),
        ("тоқтата тұр*", ActionInfo(action: "suspend_acts", need: .acts)),
        ("suspend*", ActionInfo(action: "suspend_acts", need: .acts)),
        ("поруч*", ActionInfo(action: "instruct")),
        ("тапсырма*", ActionInfo(action: "instruct")),
        ("instruct*", ActionInfo(action: "instruct")),
        ("предлага*", ActionInfo(action: "propose_candidates", need: .near(candidates, window: 6))),
        ("предлож*", ActionInfo(action: "propose_candidates", need: .near(candidates, window: 6))),
        ("представ*", ActionInfo(action: "propose_candidates", need: .near(candidates, window: 6))),
        ("внос*", ActionInfo(action: "propose_candidates", need: .near(proposals, window: 8))),
        ("внес*", ActionInfo(action: "propose_candidates", need: .near(proposals, window: 8))),
        ("выдви*", ActionInfo(action: "propose_candidates", need: .near(candidates, window: 4))),
        ("ұсын*", ActionInfo(action: "propose_candidates", need: .near(candidates, window: 4))),
        ("nominat*", ActionInfo(action: "propose_candidates")),
        ("вотум* недовер*", ActionInfo(action: "no_confidence")),
        ("недовер*", ActionInfo(action: "no_confidence")),
        ("сенімсіздік*", ActionInfo(action: "no_confidence")),
        ("no confidence", ActionInfo(action: "no_confidence")),
        ("дае* соглас*", ActionInfo(action: "consent")),
        ("дать соглас*", ActionInfo(action: "consent")),
        ("дава* соглас*", ActionInfo(action: "consent")),
        ("дач* соглас*", ActionInfo(action: "consent")),
        ("дал* соглас*", ActionInfo(action: "consent")),
        ("келісім бер*", ActionInfo(action: "consent")),
        ("соглаша*", ActionInfo(action: "consent", reflexiveActive: true)),
        ("согласит*", ActionInfo(action: "consent", reflexiveActive: true)),
        ("giv* consent*", ActionInfo(action: "consent")),
        ("consents", ActionInfo(action: "consent")),
        ("утвер*", ActionInfo(action: "approve", need: .document)),
        ("бекіт*", ActionInfo(action: "approve", need: .document)),
        ("approv*", ActionInfo(action: "approve", need: .document)),
        ("избра*", ActionInfo(action: "elect")),
        ("избир*", ActionInfo(action: "elect")),
        ("избер*", ActionInfo(action: "elect")),
        ("сайла*", ActionInfo(action: "elect")),
        ("elect*", ActionInfo(action: "elect")),
        ("призна*", ActionInfo(action: "declare_unconstitutional", need: .unconstitutional)),
        ("declar*", ActionInfo(action: "declare_unconstitutional", need: .unconstitutional)),
        ("сәйкес емес деп тан*", ActionInfo(action: "declare_unconstitutional", need: .acts)),
        ("call* elections", ActionInfo(action: "call_elections")),
        ("call* early elections", ActionInfo(action: "call_elections")),
        ("call* regular elections", ActionInfo(action: "call_elections")),
        ("call* extraordinary elections", ActionInfo(action: "call_elections")),
        ("контрол*", ActionInfo(action: "control")),
        ("бақыла*", ActionInfo(action: "control")),
        ("control*", ActionInfo(action: "control")),
        ("oversee*", ActionInfo(action: "control")),
        ("supervis*", ActionInfo(action: "control")),
        // Anaphora: the action of the previous statement.
        ("принима* эт* решени*", ActionInfo(action: "@previous")),
        ("принима* данн* решени*", ActionInfo(action: "@previous")),
        ("принима* такое решени*", ActionInfo(action: "@previous")),
        ("принял* эт* решени*", ActionInfo(action: "@previous")),
        ("это ^полномочи*", ActionInfo(action: "@previous")),
        ("этого полномочи*", ActionInfo(action: "@previous")),
        ("данн* полномочи*", ActionInfo(action: "@previous")),
        ("указанн* полномочи*", ActionInfo(action: "@previous")),
        ("this power", ActionInfo(action: "@previous")),
    ]

    /// Actions that mean something else when followed closely by one of some words:
    /// `назначить (новые) выборы` calls elections, it appoints no one.
    static let retargets: [(action: String, words: [WordPattern.Word], window: Int, to: String)] = [
        ("appoint", w("выбор* election* сайлау*"), 4, "call_elections"),
        ("appoint", w("референдум* referendum*"), 3, "call_referendum"),
    ]

    /// First-word prefixes that cancel a match.
    static let exceptions: [String: [String]] = [
        "представ*": ["представител", "представлени"],
        "предлож*": ["предложени"],
        "избир*": ["избирател", "избирательн"],
        "сайла*": ["сайлау"],
        "elect*": ["election", "elector"],
        "поруч*": ["поручител"],
        "отмен*": ["отменн"],
        "назнач*": ["назначаемост"],
    ]

    /// The index used by the scanner.
    static let index = PatternIndex(entries, except: exceptions)
}
