import LexCyrCore

/// The acts a document cites, indexed so that a reference finds the acts it may stand for
/// without comparing it with every one: by number, by year, by footnote, by type (for titles,
/// whose stems are computed only when a description is looked up).
///
/// The indexes are keyed by numbers (``IDHash`` of a normalised act number, the year, the
/// footnote, the type), not by `String`s, and are built without copying the acts.
struct KnownActs {
    /// The acts, in document order.
    let acts: [ParsedAct]
    /// The ids of the acts as they are now (``updatingIDs(_:)`` gives the index new ones).
    private var ids: [String]
    private let stems: ActStems
    private let byNumber: GroupIndex
    private let byYear: GroupIndex
    private let byFootnote: GroupIndex
    private let byKind: GroupIndex
    /// Ids of dated constitutions cited (not only named in titles), by state.
    private var constitutions: [String: Set<String>] = [:]

    /// Indexes `acts`; `stems` are the content stems of each act's title, or its description.
    init(_ acts: [ParsedAct], stems: ActStems) {
        self.acts = acts
        self.stems = stems
        ids = acts.map(\.id)
        var numbers = [(key: UInt64, value: Int)](), years = numbers, footnotes = numbers, kinds = numbers
        for k in acts.indices {
            if let n = acts[k].number { numbers.append((IDHash.of(ActIdentity.normalizedNumber(n)), k)) }
            if let y = Self.yearKey(acts[k].date) { years.append((y, k)) }
            if let f = acts[k].footnote { footnotes.append((UInt64(bitPattern: Int64(f)), k)) }
            if acts[k].title != nil, acts[k].nested.isEmpty { kinds.append((IDHash.of(acts[k].kind.rawValue), k)) }
        }
        byNumber = GroupIndex(numbers)
        byYear = GroupIndex(years)
        byFootnote = GroupIndex(footnotes)
        byKind = GroupIndex(kinds)
        indexConstitutions()
    }

    /// The key of the year of `date` (its first four characters, as ``ParsedAct/year``).
    private static func yearKey(_ date: String?) -> UInt64? {
        guard let date else { return nil }
        // An ISO date's year is four ASCII digits; anything else is hashed as the year string.
        let utf8 = date.utf8
        if utf8.count >= 4, utf8.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return utf8.prefix(4).reduce(IDHash.seed) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        return IDHash.of(String(date.prefix(4)))
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
        for k in acts.indices where acts[k].kind == .constitution && acts[k].isCitation && acts[k].date != nil && !acts[k].soviet {
            constitutions[acts[k].jurisdiction ?? "", default: []].insert(ids[k])
        }
    }

    /// Content stems of act `k`'s title; none for a title that names other acts (an amendment's).
    func titleStems(_ k: Int) -> StemSet {
        acts[k].nested.isEmpty && acts[k].title != nil ? stems[k] : StemSet()
    }

    /// Acts whose number is `number`.
    func withNumber(_ number: String) -> ArraySlice<Int> { byNumber[IDHash.of(ActIdentity.normalizedNumber(number))] }
    /// Acts of the year of `date`.
    func ofYear(of date: String) -> ArraySlice<Int> { Self.yearKey(date).map { byYear[$0] } ?? [] }
    /// Acts cited in footnote `id` or named in their titles.
    func inFootnote(_ id: Int) -> ArraySlice<Int> { byFootnote[UInt64(bitPattern: Int64(id))] }
    /// Ids of the dated constitutions of `state` the document cites.
    func constitutions(of state: String?) -> Set<String> { constitutions[state ?? ""] ?? [] }

    /// Acts of `kind` whose title holds all of `words`.
    func titled(_ kind: ActReference.Kind, with words: StemSet) -> [Int] {
        byKind[IDHash.of(kind.rawValue)].filter { words.isSubset(of: titleStems($0)) }
    }
}
