import LexCyrCore

/// Finds statements of powers in body text: who may do what to whom, on what condition.
///
/// ```swift
/// let powers = PowerExtractor().extract(body: body, acts: acts, markers: markers)
/// // Power(holder: "president", action: "appoint", object: "akim_region",
/// //       condition: "требуется согласие маслихата ...", status: .inForce, since: "2007", ...)
/// ```
///
/// The body is split into sentences; only sentences with an action word (`назначать`,
/// `освобождение от должности`, `тағайындайды`, `dissolve`, ...) are analysed. In those, names
/// of bodies and offices are found with their grammatical case (from the Snowball stem's ending),
/// coordinated actions are grouped (`назначение и освобождение` → two records), and each group
/// gets its holder (agent, owner of a power noun, subject, or the holder of the previous
/// statement), its objects, the nearest condition phrase, a status and a year. Each record's
/// evidence is its sentence — or the parenthesis, or the part after `:`/`;`, that states it.
public struct PowerExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Powers stated in `body`. `acts` and `markers` let a power point to the act it rests on:
    /// a footnote marker inside the evidence whose footnote holds a citation gives its `act_id`.
    ///
    /// Returns nothing when libstemmer has no Russian algorithm (a broken libstemmer-dev install;
    /// `Stemmer(language:)` reports it). Stems are shared by all documents (``SharedStemmer``).
    public func extract(body: TextUnit, acts: [ActReference], markers: [MarkerPosition]) -> [Power] {
        guard SharedStemmer.russian != nil else { return [] }
        let sentences = SentenceSplitter().split(body)
        var memory = DiscourseMemory()
        var drafts = [PowerDraft]()
        for (n, sentence) in sentences.enumerated() where TriggerFilter.mayMatter(body, sentence) {
            drafts += SentenceAnalyzer(unit: body, sentence: sentence, index: n).analyze(memory: &memory)
        }
        if drafts.isEmpty { return [] }
        let linker = PowerActLinker(acts: acts, markers: markers)
        var seen = Set<DraftKey>()
        var out = [Power]()
        for d in drafts {
            let p = d.power
            guard seen.insert(DraftKey(holder: p.holder, action: p.action, object: p.object ?? "", start: p.start, end: p.end)).inserted
            else { continue }
            var power = p
            power.actID = linker.actID(in: p.start..<p.end, near: d.anchor)
            out.append(power)
        }
        return out
    }
}

/// What makes two drafts the same record: holder, action, object and evidence span.
private struct DraftKey: Hashable {
    var holder: String
    var action: String
    var object: String
    var start: Int
    var end: Int
}
