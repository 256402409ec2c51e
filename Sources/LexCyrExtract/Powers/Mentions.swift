/// A name of a body, office or document in a sentence.
struct EntityMention: Sendable {
    var info: EntityInfo
    /// First and last item, and the head noun's item.
    var first: Int, last: Int, head: Int
    /// Cases the head noun may be in.
    var cases: CaseSet
    /// The preposition that governs the name (`с`, `о`, `by`), if any.
    var preposition: Letters?
    /// `true` after `не` (`не Президентом`).
    var negated: Bool
    /// `true` when the name stands for a candidacy (`кандидатурой акима`), which is never an agent.
    var isCandidacy = false

    /// A subject: nominative and not governed by a preposition.
    var isSubject: Bool { preposition == nil && cases.contains(.nominative) && !cases.contains(.genitive) }
    /// A passive agent: instrumental without a preposition (`Верховным Советом`), or `by X`.
    var isAgent: Bool { !isCandidacy && ((preposition == nil && cases == .instrumental) || preposition == CueTable.Word.by) }
}

/// A word (or a few words) that states an action.
struct ActionMention: Sendable {
    var info: ActionInfo
    /// First and last item.
    var first: Int, last: Int
    /// Verb, passive verb, participle or noun.
    var form: WordForm.Form
    /// `true` after `не` (`не может назначать`).
    var negated: Bool
    /// The item that satisfied ``ActionInfo/Need`` (the `актов` of `отменять ... актов`).
    var companion: Int?
    /// The normalised action (the table's, or a retarget such as `call_elections`).
    var action: String

    /// `true` for an active or passive verb form (`назначает`, `прекращены`).
    var isVerbal: Bool { form == .verb || form == .passive }

    /// The lower-case form of the action's first word in `items`.
    func lower(_ items: [PowerWord]) -> Letters { items[first].lower }
}

/// A condition phrase (`с согласия маслихата`) as a range of items.
struct ConditionMention: Sendable {
    var cue: ConditionCue
    var first: Int, last: Int
    /// The body named inside a consent phrase.
    var consentBy: EntityMention?

    func contains(_ i: Int) -> Bool { i >= first && i <= last }
}

/// Verb, passive, participle or noun: the ending of a trigger word says which.
enum WordForm {
    /// The forms that matter for finding the holder.
    enum Form: Sendable, Equatable {
        /// An active verb (`назначает`, `appoints`): its holder is its subject.
        case verb
        /// A passive verb (`назначается`, `прекращены`): its holder is the agent (`Президентом`).
        case passive
        /// A participle (`назначенный`, `представленных`): only an agent names its holder.
        case participle
        /// A noun (`назначение`, `поручение`): agent after it, owner, or subject of the clause.
        case noun
    }

    private static let russianVerbEndings: SuffixList<Bool> = [
        "ть", "ти", "ет", "ут", "ют", "ит", "ат", "ят", "ал", "ил", "ял", "ел", "ла", "ло", "ли",
        "ешь", "ете", "ите", "ем", "им",
    ]
    private static let russianPassiveEndings: SuffixList<Bool> = ["ся", "сь", "ен", "ена", "ено", "ены", "ан", "ана", "ано", "аны", "ён"]
    private static let participleEndings: SuffixList<Bool> = [
        "нный", "нная", "нное", "нные", "нных", "нного", "нному", "нным", "нной", "нную", "нными",
        "щий", "щая", "щее", "щие", "щих", "щего", "щему", "щим", "щей", "щую", "щими",
        "вший", "вшая", "вшее", "вшие", "вших", "вшего", "вшим", "вшей",
        "емый", "емая", "емое", "емые", "емых", "емого", "емому", "емым", "емой", "емую", "емыми",
        "имый", "имая", "имое", "имые", "имых", "имого", "имому", "имым", "имой", "имую", "имыми",
    ]
    private static let englishNounEndings: SuffixList<Bool> = ["ment", "tion", "al", "ance"]
    private static let englishPassive: Letters = "ed"
    private static let nounInfixes: [Letters] = ["ени", "ани", "тия"]
    private static let reflexive: SuffixList<Bool> = ["ся", "сь"]
    private static let kazakhVerbEndings: SuffixList<Bool> = ["ды", "ді", "ты", "ті"]
    private static let kazakhPassiveEndings: SuffixList<Bool> = ["лады", "леді", "ылады", "іледі", "нады", "неді"]

    /// The form of the trigger word `lower`, in a Kazakh sentence when `kazakh`.
    static func form(_ lower: Letters, kazakh: Bool) -> Form {
        if lower.isLatin {
            if englishNounEndings.matches(lower) { return .noun }
            return lower.hasSuffix(englishPassive) ? .passive : .verb
        }
        if participleEndings.matches(lower) { return .participle }
        if nounInfixes.contains(where: { lower.contains($0) }) { return .noun }
        if kazakh {
            if kazakhPassiveEndings.matches(lower) { return .passive }
            return kazakhVerbEndings.matches(lower) ? .verb : .noun
        }
        if russianPassiveEndings.matches(lower) { return .passive }
        return russianVerbEndings.matches(lower) ? .verb : .noun
    }

    /// `true` for a Russian infinitive (`принять`, `назначить`), which starts a predicate.
    static func isInfinitive(_ lower: Letters) -> Bool {
        lower.count > 3 && infinitiveEndings.matches(lower)
    }

    private static let infinitiveEndings: SuffixList<Bool> = ["ть", "ться", "ти"]

    /// `true` for a word that looks like a Russian verb in the present tense, third person
    /// (`формирует`, `определяет`, `руководит`): a predicate between two names.
    static func looksFinite(_ lower: Letters) -> Bool {
        lower.count > 5 && finiteEndings.matches(lower)
    }

    private static let finiteEndings: SuffixList<Bool> = ["ает", "яет", "ует", "ит", "ят", "ют"]

    /// `true` for a Russian reflexive finite verb (`осуществляется`, `производится`,
    /// `относилось`), which ends a noun phrase: a condition does not run over it.
    static func isReflexiveVerb(_ lower: Letters) -> Bool {
        lower.count > 5 && reflexiveVerbEndings.matches(lower)
    }

    private static let reflexiveVerbEndings: SuffixList<Bool> = ["тся", "лся", "лась", "лось", "лись"]

    /// `true` for a Russian past-tense verb (`назначал`, `входило`, `прекращались`).
    static func isPast(_ lower: Letters) -> Bool {
        var w = lower
        if reflexive.matches(w) { w = w.prefix(w.count - 2) }
        return pastEndings.matches(w, where: { w.count > $0.count + 3 })
    }

    private static let pastEndings: SuffixList<Bool> = ["ал", "ял", "ил", "ел", "ала", "яла", "ила", "ела", "ало", "яло", "ило", "ело", "али", "яли", "или", "ели"]
}
