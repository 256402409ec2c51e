/// The acts a document cites, indexed so that a reference finds the acts it may stand for
/// without comparing it with every one: by number, by year, by title word, by footnote.
struct KnownActs {
    /// The acts, in document order.
    private(set) var acts: [ParsedAct] = []
    /// Content stems of each act's title.
    private(set) var titleStems: [Set<String>] = []
    private var byNumber: [String: [Int]] = [:]
    private var byYear: [String: [Int]] = [:]
    private var byStem: [String: [Int]] = [:]
    private var byFootnote: [Int: [Int]] = [:]
    /// Ids of dated constitutions cited (not only named in titles), by state.
    private var constitutions: [String: Set<String>] = [:]

    /// Indexes `acts`; `stems` gives the content stems of a title.
    init(_ acts: [ParsedAct], stems: (String?) -> Set<String>) {
        for a in acts {
            let k = self.acts.count
            self.acts.append(a)
            let words = a.nested.isEmpty ? stems(a.title) : []
            titleStems.append(words)
            if let n = a.number { byNumber[ActIdentity.normalizedNumber(n), default: []].append(k) }
            if let y = a.year { byYear[y, default: []].append(k) }
            for w in words { byStem[w, default: []].append(k) }
            if let f = a.footnote { byFootnote[f, default: []].append(k) }
            if a.kind == .constitution, a.isCitation, a.date != nil, !a.soviet {
                constitutions[a.jurisdiction ?? "", default: []].insert(a.id)
            }
        }
    }

    /// Acts whose number is `number`.
    func withNumber(_ number: String) -> [Int] { byNumber[ActIdentity.normalizedNumber(number)] ?? [] }
    /// Acts of year `year`.
    func ofYear(_ year: String) -> [Int] { byYear[year] ?? [] }
    /// Acts whose title holds all of `words` (looked up by the rarest one).
    func titled(with words: Set<String>) -> [Int] {
        guard let rarest = words.min(by: { (byStem[$0]?.count ?? 0) < (byStem[$1]?.count ?? 0) }) else { return [] }
        return (byStem[rarest] ?? []).filter { words.isSubset(of: titleStems[$0]) }
    }
    /// Acts cited in footnote `id` or named in their titles.
    func inFootnote(_ id: Int) -> [Int] { byFootnote[id] ?? [] }
    /// Ids of the dated constitutions of `state` the document cites.
    func constitutions(of state: String?) -> Set<String> { constitutions[state ?? ""] ?? [] }
}
