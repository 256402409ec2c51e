import LexCyrCore

/// Recognises references to legal acts: formal citations in footnotes and mentions in running
/// text, and gives every reference to one act the same `act_id`.
///
/// ```swift
/// let acts = ActExtractor().extract(body: body, footnotes: notes, markers: markers)
/// for act in acts where act.isCitation { print(act.actID, act.title ?? "") }
/// ```
///
/// The work is done by small parts: ``PieceScanner`` cuts text into words, dates, numbers,
/// quoted titles and groups; ``CitationSplitter`` and ``CitationParser`` read footnote citations;
/// ``BodyMentionFinder`` reads mentions in the body; ``ActLinker`` assigns identities. Acts named
/// inside titles become ``ActReference/relations`` of the citing act, not records of their own.
///
/// Jurisdiction: a reference that names no state gets the state most of the document's citations
/// name. Acts of a Soviet republic (`Конституция Казахской ССР`) belong to that republic's state
/// (`KZ`); `SU` is for acts of the USSR itself (`Конституция СССР`).
public struct ActExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// References in the body and the footnotes. `markers` tie body positions to footnotes.
    /// Body mentions come first, in text order, then footnote citations by footnote.
    public func extract(body: TextUnit, footnotes: [TextUnit], markers: [MarkerPosition]) -> [ActReference] {
        let classifier = WordClassifier()
        var citations = [ParsedAct]()
        for note in footnotes {
            citations += CitationParser(view: TokenView(note), classifier: classifier).citations(note)
        }
        let bodyView = TokenView(body)
        var mentions = BodyMentionFinder(view: bodyView, classifier: classifier).mentions(body)

        if let state = Self.mostCommonJurisdiction(citations) ?? Self.mostCommonJurisdiction(mentions) {
            for k in citations.indices where citations[k].jurisdiction == nil && !citations[k].international {
                citations[k].jurisdiction = state
                citations[k].stateGuessed = true
            }
            for k in mentions.indices where mentions[k].jurisdiction == nil && !mentions[k].international {
                mentions[k].jurisdiction = state
                mentions[k].stateGuessed = true
            }
        }
        ActLinker(classifier: classifier, body: body.scalars).assign(citations: &citations, mentions: &mentions, markers: markers)
        var out = [ActReference]()
        out.reserveCapacity(mentions.count + citations.count)
        for act in mentions { out.append(Self.record(act)) }
        for act in citations { out.append(Self.record(act)) }
        return out
    }

    /// The public record of `act`, with its relations to the acts named in its title (each
    /// relation once, none to itself).
    private static func record(_ act: borrowing ParsedAct) -> ActReference {
        guard !act.nested.isEmpty else { return act.reference(relations: []) }
        var seen = Set<String>()
        let relations = act.nested.compactMap { n -> ActReference.Relation? in
            guard n.act.id != act.id, seen.insert(n.relation + n.act.id).inserted else { return nil }
            return ActReference.Relation(kind: n.relation, actID: n.act.id)
        }
        return act.reference(relations: relations)
    }

    /// The state named by most citations, if any.
    static func mostCommonJurisdiction(_ acts: [ParsedAct]) -> String? {
        var counts = [String: Int]()
        for a in acts { if let j = a.jurisdiction { counts[j, default: 0] += 1 } }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
