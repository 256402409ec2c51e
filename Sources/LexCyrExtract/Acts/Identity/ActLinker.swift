import LexCyrCore

/// Gives every reference its `act_id` so that all references to one act share it:
///
/// 1. citations get ``ActIdentity/baseID(_:place:)``; citations with the same state, date and
///    number share the first one's id whatever type they are written as;
/// 2. a reference that lacks a field (no date, or only a title) takes the id of the one cited act
///    it agrees with, if there is exactly one;
/// 3. a body mention followed, in the same sentence, by a footnote marker takes the id of the
///    act of that footnote (or named in its title) it agrees with;
/// 4. a body mention with a description (`закон о местном управлении`) takes the id of the one
///    cited act whose title holds the description's words.
///
/// Lookups go through ``KnownActs`` indexes, so the work grows with the number of references,
/// not with its square.
struct ActLinker {
    let classifier: WordClassifier
    /// The body text, to tell where sentences end.
    let body: [Unicode.Scalar]

    /// How far after a mention its footnote marker may be, in scalars.
    private static let markerReach = 300

    /// Assigns ids to `citations` (and the acts named in their titles) and to `mentions`.
    func assign(citations: inout [ParsedAct], mentions: inout [ParsedAct], markers: [MarkerPosition]) {
        // Ids by canonical key (state, date, number), and the distinct ids by date and number
        // alone; keyed by `IDHash`es.
        var canonical = [UInt64: String]()
        var stateless = [UInt64: [String]]()
        // `inFootnote`: the act is cited in a footnote or named in a citation's title; an act
        // known by nothing else is known by its place (`fn3-120`, `body-4410`).
        func base(_ a: inout ParsedAct, inFootnote: Bool, _ words: () -> StemSet) {
            // Only an act without a number is known by its name (see `ActIdentity.baseID`).
            let named = !a.isCitation && a.kind != .constitution && a.number == nil
            a.id = ActIdentity.baseID(a, place: inFootnote ? "fn\(a.footnote ?? 0)-\(a.span.lowerBound)" : "body-\(a.span.lowerBound)",
                                      nameKey: named ? nameKey(words()) : nil)
            guard let loose = ActIdentity.canonicalKey(a) else { return }
            let key = ActIdentity.canonicalKey(loose, state: a.jurisdiction ?? "")
            if let id = canonical[key] {
                a.id = id
            } else if a.stateGuessed, let ids = stateless[loose], ids.count == 1 {
                a.id = ids[0]   // the state was a guess; the date and number name one act
            } else {
                canonical[key] = a.id
            }
            if !(stateless[loose]?.contains(a.id) ?? false) { stateless[loose, default: []].append(a.id) }
        }
        // The citations and the acts named in their titles, in the order `KnownActs` indexes
        // them, with the stems of their titles (or descriptions), computed once per act.
        let cited = ActStems(citations.flatMap { c in [c.title ?? c.describe] + c.nested.map { $0.act.title ?? $0.act.describe } },
                             stems: stems)
        var flat = 0
        for k in citations.indices {
            let f = flat
            base(&citations[k], inFootnote: true) { cited[f] }
            flat += 1
            for n in citations[k].nested.indices {
                let f = flat
                base(&citations[k].nested[n].act, inFootnote: true) { cited[f] }
                flat += 1
            }
        }
        let before = KnownActs(Self.flattened(citations), stems: cited)
        flat = 0
        for k in citations.indices {
            let f = flat
            if let id = resolve(citations[k], before, { cited[f] }) { citations[k].id = id }
            flat += 1
            for n in citations[k].nested.indices {
                let f = flat
                if let id = resolve(citations[k].nested[n].act, before, { cited[f] }) { citations[k].nested[n].act.id = id }
                flat += 1
            }
        }
        let known = before.updatingIDs(citations.flatMap { c in [c.id] + c.nested.map(\.act.id) })
        let sorted = markers.sorted { $0.offset < $1.offset }
        var byID = [UInt64: Int]()   // the first citation of each id, by the id's `IDHash`
        for k in citations.indices where byID[IDHash.of(citations[k].id)] == nil { byID[IDHash.of(citations[k].id)] = k }
        let mentioned = ActStems(mentions.map { $0.title ?? $0.describe }, stems: stems)
        for k in mentions.indices {
            let words = { mentioned[k] }
            base(&mentions[k], inFootnote: false, words)
            if let id = linkByMarker(mentions[k], sorted, known, words) ?? resolve(mentions[k], known, words) {
                mentions[k].id = id
            }
            // `в постановлении от 17 марта 2004 г. № 2` names no court; the citation with its
            // date and number does (`Постановление Пленума Верховного Суда`).
            // A mention that is a cited act takes the type and state its citation names.
            if let c = byID[IDHash.of(mentions[k].id)] {
                if Self.sameFamily(citations[c].kind, mentions[k].kind) { mentions[k].kind = citations[c].kind }
                if mentions[k].stateGuessed, !citations[c].stateGuessed, let j = citations[c].jurisdiction { mentions[k].jurisdiction = j }
            }
            for n in mentions[k].nested.indices {
                let text = mentions[k].nested[n].act.title ?? mentions[k].nested[n].act.describe
                base(&mentions[k].nested[n].act, inFootnote: false) { stems(text) }
            }
        }
    }

    /// The id of the one known act `a` agrees with, when `a` lacks the fields for a full id;
    /// `stemsOfA` gives the stems of its title or description (computed only if needed).
    /// A constitution named without a year is the one constitution of its state the document
    /// cites with a date, if it cites exactly one.
    private func resolve(_ a: borrowing ParsedAct, _ known: KnownActs, _ stemsOfA: () -> StemSet) -> String? {
        if a.kind == .constitution {
            guard a.date == nil, !a.soviet else { return nil }
            let ids = known.constitutions(of: a.jurisdiction)
            return ids.count == 1 ? ids.first : nil
        }
        if ActIdentity.hasCanonicalKey(a) { return nil }
        let candidates: [Int]
        if let n = a.number { candidates = Array(known.withNumber(n)) }
        else if let d = a.date { candidates = Array(known.ofYear(of: d)) }
        else if case let words = stemsOfA(), !words.isEmpty { candidates = known.titled(a.kind, with: words) }
        else { return nil }
        var found = [Int]()
        for k in candidates where known.id(k) != a.id && !found.contains(where: { known.id($0) == known.id(k) }) {
            if ActIdentity.compatible(a, known.acts[k]) { found.append(k) }
        }
        if found.count == 1 { return known.id(found[0]) }
        // Several acts fit. A title that is exactly the description wins over titles that hold
        // it (`О персональных данных` over `Об … биометрических персональных данных …`); an act
        // only named in a title (`… в Трудовой кодекс`) yields to the one cited with its date
        // and number. Otherwise the reference stays ambiguous.
        if found.isEmpty { return nil }
        if case let words = stemsOfA(), !words.isEmpty {
            let exact = found.filter { known.titleStems($0) == words }
            if exact.count == 1 { return known.id(exact[0]) }
        }
        let identified = found.filter { ActIdentity.hasCanonicalKey(known.acts[$0]) }
        return identified.count == 1 ? known.id(identified[0]) : nil
    }

    /// The citations and the acts named in their titles, each citation followed by its nested acts.
    private static func flattened(_ citations: [ParsedAct]) -> [ParsedAct] {
        var out = [ParsedAct]()
        out.reserveCapacity(citations.reduce(0) { $0 + 1 + $1.nested.count })
        for c in citations {
            out.append(c)
            for n in c.nested { out.append(n.act) }
        }
        return out
    }

    /// Types one act may be written as: a resolution of a court is its decision, a law with a
    /// constitutional law's number is a constitutional law.
    static func sameFamily(_ a: ActReference.Kind, _ b: ActReference.Kind) -> Bool {
        func family(_ k: ActReference.Kind) -> Int {
            switch k {
            case .resolution, .courtDecision: 1
            case .law, .constitutionalLaw: 2
            default: 0
            }
        }
        return a == b || (family(a) != 0 && family(a) == family(b))
    }

    /// The id of the act a footnote marker right after mention `m` points to.
    private func linkByMarker(_ m: borrowing ParsedAct, _ markers: [MarkerPosition], _ known: KnownActs, _ words: () -> StemSet) -> String? {
        var lo = 0, hi = markers.count
        while lo < hi { let mid = (lo + hi) / 2; if markers[mid].offset < m.span.upperBound { lo = mid + 1 } else { hi = mid } }
        for marker in markers[lo...].prefix(3) {
            guard marker.offset - m.span.upperBound <= Self.markerReach,
                  !endsSentence(m.span.upperBound..<min(marker.offset, body.count)) else { break }
            for k in known.inFootnote(marker.id) where ActIdentity.compatible(m, known.acts[k]) || sameActOtherName(m, known.acts[k]) {
                if case let w = words(), !w.isEmpty, !w.isSubset(of: known.titleStems(k)) { continue }
                return known.id(k)
            }
        }
        return nil
    }

    /// `true` when mention `m`, which names no issuer, may be act `a` written as another type of
    /// its family: `в нормативном постановлении о судебном решении` and a Supreme Court's
    /// normative resolution.
    private func sameActOtherName(_ m: borrowing ParsedAct, _ a: borrowing ParsedAct) -> Bool {
        guard m.kind != a.kind, Self.sameFamily(m.kind, a.kind), m.issuer == nil || m.issuer == a.issuer else { return false }
        return ActIdentity.compatible(m, a, kind: a.kind)
    }

    /// A mention's name as the sorted stems of its words (`Гражданским кодексом` and `ГК`
    /// → `гражданск`), so that every case form of one name gives one id.
    private func nameKey(_ words: StemSet) -> String? {
        words.isEmpty ? nil : words.ids.map(classifier.stemText).sorted().joined(separator: "-")
    }

    /// `true` when a sentence ends inside `range` of the body.
    private func endsSentence(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        for i in range {
            let c = body[i]
            if c == "\n" { return true }
            if c == "." || c == "!" || c == "?", i + 2 < range.upperBound, body[i + 1] == " ", Fold.isUpper(body[i + 2]) {
                return true
            }
        }
        return false
    }

    /// The stems of the meaningful words of a title or description (no prepositions, state names
    /// or type words).
    func stems(_ text: String?) -> StemSet {
        guard let text else { return StemSet() }
        var out = [Int]()
        var s = [Unicode.Scalar]()
        s.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars { s.append(c) }
        var i = 0
        while i < s.count {
            var j = i
            while j < s.count, Fold.isLetter(s[j]) { j += 1 }
            defer { i = max(j, i + 1) }
            guard j - i > 2 else { continue }
            let h = WordSet.hash(s, i..<j)
            guard !Self.stopWords.contains(hash: h) else { continue }
            let form = classifier.form(s, i..<j, hash: h)
            let sense = classifier.sense(ofForm: form)
            if sense.jurisdiction != nil || sense.type != nil || sense.roles.contains(.republic) { continue }
            if let m = sense.modifier, m != .codeName { continue }
            out.append(classifier.stemID(ofForm: form))
        }
        return StemSet(out)
    }

    private static let stopWords = WordSet(["туралы", "және", "для", "при", "или", "его", "республики",
                                            "республикасы", "республикасының", "республикасындағы"])
}
