/// Patterns indexed by the key of their first word, tested on raw tokens (see ``RawSentence``):
/// a cheap pre-filter that says whether a pattern may start at a word, as
/// ``PatternIndex/longestMatch(_:at:)`` would find it (same key, same cancelling prefixes).
struct RawPatternIndex<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var pattern: WordPattern
        var except: [Letters]
        var value: Value
    }

    private var byKey: [UInt64: [Entry]] = [:]

    /// Indexes `entries` (``WordPattern`` notation); `except` lists the cancelling prefixes of
    /// the first word by notation, as for ``PatternIndex``.
    init(_ entries: [(String, Value)], except: [String: [String]] = [:]) {
        for (notation, value) in entries {
            let p = WordPattern(notation)
            byKey[p.key, default: []].append(Entry(pattern: p, except: (except[notation] ?? []).map { Letters($0) }, value: value))
        }
    }

    /// Whether a pattern may match at word token `k` and `accept` takes its value.
    func mayMatch(_ raw: RawSentence, at k: Int, where accept: (Value) -> Bool = { _ in true }) -> Bool {
        let t = raw.unit.tokens[k]
        guard let entries = byKey[ScalarKey.pack(raw.unit.scalars[t.start..<t.end])] else { return false }
        for e in entries where raw.mayMatch(e.pattern.words[0], at: k) {
            guard !e.except.contains(where: { raw.startsWith(k, $0) }) else { continue }
            if raw.mayMatch(e.pattern, at: k, skippingFirst: true), accept(e.value) { return true }
        }
        return false
    }

    /// Whether the first word of a pattern may match at word token `k`.
    func mayStart(_ raw: RawSentence, at k: Int) -> Bool {
        let t = raw.unit.tokens[k]
        guard let entries = byKey[ScalarKey.pack(raw.unit.scalars[t.start..<t.end])] else { return false }
        return entries.contains { e in
            raw.mayMatch(e.pattern.words[0], at: k) && !e.except.contains(where: { raw.startsWith(k, $0) })
        }
    }
}

/// Which sentences the power rules must read: those that may hold an action word with what it
/// needs nearby, those that open a list (end in a colon), and those that may name an akim or
/// hokim (whose level, as in `акимов областей`, later sentences refer back to). Any other
/// sentence yields no statement and leaves nothing for later ones, so it is skipped before its
/// words are lower-cased or stemmed.
enum TriggerFilter {
    /// The action patterns, with what each needs.
    private static let actions = RawPatternIndex(ActionTable.entries.map { ($0.0, $0.1.need) }, except: ActionTable.exceptions)
    /// The names whose level is remembered (see ``ObjectNamer/families``), and the bodies whose
    /// heads are such names (`аким` is the head of the `акимат`).
    private static let families: RawPatternIndex<Bool> = {
        var names = ObjectNamer.families
        for (office, name) in EntityTable.canonicalOffices where ObjectNamer.families.contains(name) {
            if let cut = office.lastIndex(of: "_") { names.insert(String(office[..<cut])) }
        }
        let entries = EntityTable.entries.filter { names.contains($0.1.name) }.map { ($0.0, true) }
        return RawPatternIndex(entries, except: EntityTable.exceptions)
    }()

    /// Whether `sentence` of `unit` may state a power or leave context for later sentences.
    static func mayMatter(_ unit: TextUnit, _ sentence: Sentence) -> Bool {
        // A sentence ending in a colon may open a list of powers.
        if unit.scalars[sentence.range.upperBound - 1] == ":" { return true }
        let raw = RawSentence(unit: unit, sentence: sentence)
        var family = false
        for k in sentence.tokens where raw.isWord(k) {
            if actions.mayMatch(raw, at: k, where: { needMayBeMet($0, raw) }) { return true }
            if !family { family = mayName(raw, at: k) }
        }
        return family && hasActionKey(unit, sentence)
    }

    /// Whether the sentence may hold what an action needs (anywhere in it: the scanner looks
    /// only within a window).
    private static func needMayBeMet(_ need: ActionInfo.Need, _ raw: RawSentence) -> Bool {
        switch need {
        case .none, .document, .officeOrPerson: true
        case .near(let words, _): raw.mayContain(words)
        case .acts: raw.mayContain(ActionScanner.actsNouns)
        case .unconstitutional: raw.mayContain(ActionScanner.unconstitutionalWords) || raw.mayContain(ActionScanner.conformingWords)
        }
    }

    /// Whether a family name may start at word token `k`: in full, or as an adjective joined to
    /// another name (`местных и центральных исполнительных органов`, see ``NameScanner``).
    private static func mayName(_ raw: RawSentence, at k: Int) -> Bool {
        if families.mayMatch(raw, at: k) { return true }
        guard families.mayStart(raw, at: k), let next = raw.nextItem(after: k), raw.isWord(next) else { return false }
        return CueTable.conjunctions.contains { raw.mayMatch(WordPattern.Word(text: $0, isPrefix: false), at: next) }
    }

    /// The earlier, looser test: a word starts with the three letters of an action word.
    /// Sentences that fail it were never read, and still are not.
    private static func hasActionKey(_ unit: TextUnit, _ sentence: Sentence) -> Bool {
        let keys = ActionTable.triggerKeys
        for k in sentence.tokens {
            let t = unit.tokens[k]
            guard t.kind == .word else { continue }
            if keys.contains(ScalarKey.pack(unit.scalars[t.start..<min(t.end, t.start + 3)])) { return true }
        }
        return false
    }
}
