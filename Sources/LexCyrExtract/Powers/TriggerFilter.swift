/// Which sentences the power rules must read: those that may hold an action word with what it
/// needs nearby, those that open a list (end in a colon), and those that may name an akim or
/// hokim with a level word (`акимов областей`: later sentences refer back to the level). Any other
/// sentence yields no statement and leaves nothing for later ones, so it is skipped before its
/// words are lower-cased or stemmed.
///
/// The test runs on raw tokens (see ``RawSentence``) with one table look-up per word, by the key
/// of the first word of the action and name patterns, as ``PatternIndex/longestMatch(_:at:)``
/// looks them up (same key, same cancelling prefixes). It may let through a sentence the rules
/// then find nothing in, never the other way round.
enum TriggerFilter {
    /// What a pattern that may start at a word means for the sentence.
    private enum Trigger: Sendable {
        /// An action word, with what it needs nearby.
        case action(ActionInfo.Need)
        /// A name whose level is remembered.
        case family
        /// A level word (`областей`, `аудан`), which a family name takes.
        case level
    }

    private struct Entry: Sendable {
        var pattern: WordPattern
        var except: [Letters]
        var trigger: Trigger
    }

    /// The action patterns and the names of ``ObjectNamer/families`` (and of the bodies whose
    /// heads have such names: `аким` is the head of the `акимат`), by the key of their first word.
    private static let table: ScalarKeyTable<[Entry]> = {
        var names = ObjectNamer.families
        for (office, name) in EntityTable.canonicalOffices where ObjectNamer.families.contains(name) {
            if let cut = office.lastIndex(of: "_") { names.insert(String(office[..<cut])) }
        }
        func entry(_ notation: String, _ except: [String: [String]], _ trigger: Trigger) -> Entry {
            Entry(pattern: WordPattern(notation), except: (except[notation] ?? []).map { Letters($0) }, trigger: trigger)
        }
        let entries = ActionTable.entries.map { entry($0.0, ActionTable.exceptions, .action($0.1.need)) }
            + EntityTable.entries.filter { names.contains($0.1.name) }.map { entry($0.0, EntityTable.exceptions, .family) }
            + ObjectNamer.levelEntries.map { entry($0.0, ObjectNamer.levelExceptions, .level) }
        return ScalarKeyTable(Dictionary(grouping: entries, by: \.pattern.key).map { ($0.key, $0.value) })
    }()

    /// Whether `sentence` of `unit` may state a power or leave context for later sentences.
    static func mayMatter(_ unit: TextUnit, _ sentence: Sentence) -> Bool {
        // A sentence ending in a colon may open a list of powers.
        if unit.scalars[sentence.range.upperBound - 1] == ":" { return true }
        let raw = RawSentence(unit: unit, sentence: sentence)
        let table = Self.table, tokens = unit.tokens, scalars = unit.scalars
        var family = false, level = false
        for k in sentence.tokens {
            let t = tokens[k]
            guard t.kind == .word, let entries = table[ScalarKey.pack(scalars, t.start..<t.end)] else { continue }
            for e in entries {
                // Only what is still open is tested: a name or level word found once is enough.
                switch e.trigger {
                case .family where family, .level where level: continue
                default: break
                }
                guard raw.mayMatch(e.pattern.words[0], at: k), !e.except.contains(where: { raw.startsWith(k, $0) }) else { continue }
                let whole = raw.mayMatch(e.pattern, at: k, skippingFirst: true)
                switch e.trigger {
                case .action(let need):
                    if whole && needMayBeMet(need, raw) { return true }
                case .family:
                    family = whole || joinsNext(raw, k)
                case .level:
                    level = whole
                }
            }
        }
        return family && level && hasActionKey(unit, sentence)
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

    /// Whether a conjunction follows word token `k`: the first word of a name may then be an
    /// adjective that shares the rest of the next name (`местных и центральных исполнительных
    /// органов`, see ``NameScanner``).
    private static func joinsNext(_ raw: RawSentence, _ k: Int) -> Bool {
        guard let next = raw.nextItem(after: k), raw.isWord(next) else { return false }
        return CueTable.conjunctions.contains { raw.mayMatch(WordPattern.Word(text: $0, isPrefix: false), at: next) }
    }

    /// The earlier, looser test: a word starts with the three letters of an action word.
    /// Sentences that fail it were never read, and still are not.
    private static func hasActionKey(_ unit: TextUnit, _ sentence: Sentence) -> Bool {
        for k in sentence.tokens where unit.tokens[k].kind == .word {
            let t = unit.tokens[k]
            if ActionTable.index.hasKey(ScalarKey.pack(unit.scalars, t.start..<t.end)) { return true }
        }
        return false
    }
}
