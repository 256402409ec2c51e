/// Gives an object its specific name from the words around it: `акимов областей` →
/// `akim_region`, `акимов районов` → `akim_district`, `сельских акимов` → `akim_rural`,
/// `указанных акимов` → whatever kind of akim was named last.
struct ObjectNamer {
    /// Level words, looked for after the name (genitive: `акимов областей`) and before it
    /// (adjective or Kazakh attribute: `областных акимов`, `облыс әкімдерін`).
    static let levelEntries: [(String, String)] = [
        ("област*", "region"), ("облыс*", "region"), ("столиц*", "region"), ("регион*", "region"),
        ("город* республиканск*", "region"), ("республикалық маңызы бар қала*", "region"),
        ("областн*", "region"), ("город* областн*", "district"), ("район*", "district"),
        ("районн*", "district"), ("аудан*", "district"),
        ("город* районн*", "rural"), ("сельск*", "rural"), ("сел", "rural"), ("аул*", "rural"),
        ("поселк*", "rural"), ("округ*", "rural"), ("ауыл*", "rural"), ("кент*", "rural"),
        ("regional", "region"), ("region*", "region"), ("district*", "district"), ("rural", "rural"),
    ]
    /// First-word prefixes that cancel a level word.
    static let levelExceptions = ["район*": ["районн"], "област*": ["областн"], "город*": ["городск"]]
    private static let levels = PatternIndex(levelEntries, except: levelExceptions)

    /// Families whose members take a level suffix.
    static let families: Set<String> = ["akim", "hokim"]

    let items: [PowerWord]
    /// `true` in a Kazakh sentence.
    var kazakh = false
    /// First items of the names in the sentence: a level word is not looked for past another name
    /// (`сельские акимы избирались маслихатом района`).
    var nameStarts: [Int] = []
    /// The sentence's number in the document.
    var sentence = 0

    /// The name of `m` (an object unless `asObject` is false), updating `memory` when it is made
    /// specific here. An object without a level takes the level of an object of its family named
    /// earlier in the sentence (`Хокимы областей назначаются ..., при этом кандидатура хокима
    /// утверждается ...`).
    func name(_ m: EntityMention, memory: inout DiscourseMemory, asObject: Bool = true) -> String {
        let base = m.info.name
        let anaphoric = hasAnaphor(near: m)
        if base == "officials" {
            return anaphoric ? (memory.lastObject ?? base) : base
        }
        guard Self.families.contains(base) else { return base }
        if let level = level(near: m) {
            let name = base + "_" + level
            memory.refine(base, as: name, objectIn: asObject ? sentence : nil)
            return name
        }
        if anaphoric { return memory.refined(base) ?? base }
        if asObject, let same = memory.refinedObject(base, in: sentence) { return same }
        return base
    }

    /// Remembers the specific names of every name in the sentence, for `указанных акимов` later.
    func remember(_ entities: [EntityMention], in memory: inout DiscourseMemory) {
        for e in entities where Self.families.contains(e.info.name) {
            if let level = level(near: e) { memory.refine(e.info.name, as: e.info.name + "_" + level) }
        }
    }

    private func level(near m: EntityMention) -> String? {
        let clause = items[m.head].clause
        // Kazakh puts the level first (`аудан әкімдерін облыстық мәслихаттың ...`), Russian an
        // adjective (`сельские акимы`).
        if kazakh, let l = levelBefore(m, clause: clause) { return l }
        if !kazakh, m.first > 0, items[m.first - 1].isWord, NameScanner.isAdjective(items[m.first - 1].lower) || items[m.first - 1].lower.isLatin,
           let l = levelBefore(m, clause: clause, reach: 1) { return l }
        // After the name: up to five words, through commas of a list but not other marks.
        var k = m.last + 1, words = 0
        while k < items.count, words < 5, items[k].clause == clause {
            if let p = items[k].punct, p != "," && p != "-" { break }
            if nameStarts.contains(k) { break }
            if items[k].isWord {
                if CueTable.prepositions.contains(items[k].lower) && words > 0 { break }
                if let hit = Self.levels.longestMatch(items, at: k) { return hit.entry.value }
                words += 1
            }
            k += 1
        }
        return levelBefore(m, clause: clause)
    }

    /// A level word among the two words before the name (`областных акимов`, `облыс әкімдерін`).
    private func levelBefore(_ m: EntityMention, clause: Int, reach: Int = 2) -> String? {
        var k = m.first - 1
        var words = 0
        while k >= 0, words < reach, items[k].isWord, items[k].clause == clause {
            if let hit = Self.levels.longestMatch(items, at: k), hit.last < m.first { return hit.entry.value }
            words += 1
            k -= 1
        }
        return nil
    }

    private func hasAnaphor(near m: EntityMention) -> Bool {
        let lo = max(0, m.first - 2), hi = min(items.count - 1, m.last + 6)
        for k in lo...hi where k < m.first || k > m.last {
            guard items[k].isWord, items[k].clause == items[m.head].clause else { continue }
            if CueTable.anaphoric.longestMatch(items, at: k) != nil { return true }
        }
        return false
    }
}
