/// What the extractor remembers from earlier sentences of a document, to resolve words that
/// point back: a power stated without its holder (`для освобождения акима не требуется
/// согласие`), `это решение`, `указанных акимов`.
struct DiscourseMemory {
    /// The last statement found.
    struct Statement {
        var holder: String
        var action: String
        var object: String?
        var sentence: Int
    }

    /// How many sentences back a holder or an action may be taken from.
    static let reach = 2

    /// The last statement, whatever its holder.
    private(set) var last: Statement?
    /// The last statement whose holder was named in its own sentence.
    private(set) var lastNamed: Statement?
    /// The last specific name of a family of objects (`akim` → `akim_region`).
    private var refined: [String: String] = [:]
    /// The holder named before a colon that opens a list (`Полномочия Сената включают:`), and
    /// the sentence it was in.
    private var listHead: (holder: String, sentence: Int)?

    /// How many sentences (list items) a list head reaches.
    static let listReach = 20

    /// Records a statement of `sentence`; `named` when its holder was in the sentence.
    mutating func remember(holder: String, action: String, object: String?, sentence: Int, named: Bool) {
        let s = Statement(holder: holder, action: action, object: object, sentence: sentence)
        last = s
        if named { lastNamed = s }
    }

    /// The specific names objects took in one sentence, by family.
    private var objectLevels: (sentence: Int, names: [String: String]) = (-1, [:])

    /// Records that `family` was last made specific as `name` — for an object of sentence
    /// `objectIn`, when given.
    mutating func refine(_ family: String, as name: String, objectIn sentence: Int? = nil) {
        refined[family] = name
        guard let s = sentence else { return }
        if objectLevels.sentence != s { objectLevels = (s, [:]) }
        objectLevels.names[family] = name
    }

    /// The specific name an object of `family` took earlier in `sentence`, if any.
    func refinedObject(_ family: String, in sentence: Int) -> String? {
        objectLevels.sentence == sentence ? objectLevels.names[family] : nil
    }

    /// The holder to assume in `sentence` when it names none.
    func assumedHolder(in sentence: Int) -> String? {
        guard let s = lastNamed, sentence - s.sentence <= Self.reach else { return nil }
        return s.holder
    }

    /// The statement `это решение` / `это полномочие` in `sentence` points back to.
    func previous(in sentence: Int) -> Statement? {
        guard let s = last, sentence - s.sentence <= Self.reach else { return nil }
        return s
    }

    /// Records that sentence `sentence` opens a list of powers held by `holder`.
    mutating func openList(holder: String, sentence: Int) {
        listHead = (holder, sentence)
    }

    /// The holder of a list item in `sentence`, if a list head is near enough.
    func listHolder(in sentence: Int) -> String? {
        guard let h = listHead, sentence > h.sentence, sentence - h.sentence <= Self.listReach else { return nil }
        return h.holder
    }

    /// The specific name last used for `family`, if any.
    func refined(_ family: String) -> String? { refined[family] }

    /// The object of the last statement (for `названных должностных лиц`, `его`).
    var lastObject: String? { last?.object }
}
