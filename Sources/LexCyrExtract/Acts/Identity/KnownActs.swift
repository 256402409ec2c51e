import LexCyrCore

/// The acts a document cites, indexed so that a reference finds the acts it may stand for
/// without comparing it with every one: by number, by year, by footnote, by type (for titles,
/// whose stems are computed only when a description is looked up).
struct KnownActs {
    /// The acts, in document order.
    let acts: [ParsedAct]
    /// The ids of the acts as they are now (``updatingIDs(_:)`` gives the index new ones).
    private var ids: [String]
    private let stems: ActStems
    private var byNumber: [String: [Int]] = [:]
    private var byYear: [String: [Int]] = [:]
    private var byFootnote: [Int: [Int]] = [:]
    private var byKind: [ActReference.Kind: [Int]] = [:]
    /// Ids of dated constitutions cited (not only named in titles), by state.
    private var constitutions: [String: Set<String>] = [:]

    /// Indexes `acts`; `stems` are the content stems of each act's title, or its description.
    init(_ acts: [ParsedAct], stems: ActStems) {
        self.acts = acts
        self.stems = stems
        ids = acts.map(\.id)
        byNumber.reserveCapacity(acts.count)
        byYear.reserveCapacity(acts.count)
        byFootnote.reserveCapacity(acts.count)
        for (k, a) in acts.enumerated() {
            if let n = a.number { byNumber[ActIdentity.normalizedNumber(n), default: []].append(k) }
            if let y = a.year { byYear[y, default: []].append(k) }
            if let f = a.footnote { byFootnote[f, default: []].append(k) }
            if a.title != nil, a.nested.isEmpty { byKind[a.kind, default: []].append(k) }
        }
        indexConstitutions()
    }

    /// The same acts with the ids `ids` (in the order of ``acts``).
    func updatingIDs(_ ids: [String]) -> KnownActs {
        var known = self
        known.ids = ids
        known.indexConstitutions()
        return known
    }

    /// The id of act `k`.
    func id(_ k: Int) -> String {
        ids[k]
    }

    private mutating func indexConstitutions() {
        constitutions = [:]
        for (k, a) in acts.enumerated() where a.kind == .constitution && a.isCitation && a.date != nil && !a.soviet {
            constitutions[a.jurisdiction ?? "", default: []].insert(ids[k])
        }
    }

    /// Content stems of act `k`'s title; none for a title that names other acts (an amendment's).
    func titleStems(_ k: Int) -> StemSet {
        acts[k].nested.isEmpty && acts[k].title != nil ? stems[k] : StemSet()
    }

    /// Acts whose number is `number`.
    func withNumber(_ number: String) -> [Int] { byNumber[ActIdentity.normalizedNumber(number)] ?? [] }
    /// Acts of year `year`.
    func ofYear(_ year: String) -> [Int] { byYear[year] ?? [] }
    /// Acts cited in footnote `id` or named in their titles.
    func inFootnote(_ id: Int) -> [Int] { byFootnote[id] ?? [] }
    /// Ids of the dated constitutions of `state` the document cites.
    func constitutions(of state: String?) -> Set<String> { constitutions[state ?? ""] ?? [] }

    /// Acts of `kind` whose title holds all of `words`.
    func titled(_ kind: ActReference.Kind, with words: StemSet) -> [Int] {
        (byKind[kind] ?? []).filter { words.isSubset(of: titleStems($0)) }
    }
}
