import Foundation

/// A gold file: hand-written facts a document must yield (`*.gold.json` in `Corpus/`).
///
/// All parts are optional so that a gold file can score only what it knows.
public struct Gold: Decodable, Sendable {
    /// The document the gold file describes, relative to the gold file.
    public var document: String
    /// Footnote facts.
    public var footnotes: FootnoteFacts?
    /// Every legal-act citation in the footnotes.
    public var acts: [GoldAct]?
    /// Citations that are not legal acts.
    public var notActs: [NotAct]?
    /// Strings the cleaned body must contain.
    public var cleanedBodyContains: [String]?
    /// Strings the cleaned body must not contain.
    public var cleanedBodyExcludes: [String]?
    /// The citation defects really present.
    public var citationDiagnostics: [GoldDiagnostic]?
    /// The exact body text (for generated documents), to score word error rate.
    public var bodyText: String?
    /// The exact footnote texts by number (for generated documents).
    public var footnoteTexts: [String: String]?
    /// The day the document is linted as of (`YYYY-MM-DD`), when its planted `accessed-in-future`
    /// defects need one; the harness then uses it instead of its own `today`.
    public var today: String?
    /// `false` when the document's `acts` are scored but not held to the act extractor's
    /// thresholds (a document written blind for another check, whose extractor misses are
    /// reported rather than gating the build).
    public var actThresholds: Bool?
    /// Every mention of an act in the body, in text order (see ``GoldMention``).
    public var mentions: [GoldMention]?

    enum CodingKeys: String, CodingKey {
        case document, footnotes, acts
        case notActs = "not_acts"
        case cleanedBodyContains = "cleaned_body_contains"
        case cleanedBodyExcludes = "cleaned_body_excludes"
        case citationDiagnostics = "citation_diagnostics"
        case bodyText = "body_text"
        case footnoteTexts = "footnote_texts"
        case today
        case actThresholds = "act_thresholds"
        case mentions
    }

    /// Which footnotes exist, which markers appear, which lost their text.
    public struct FootnoteFacts: Decodable, Sendable {
        public var present: [Int]
        public var markersInBody: [Int]
        public var missingText: [Int]?
        enum CodingKeys: String, CodingKey {
            case present
            case markersInBody = "markers_in_body"
            case missingText = "missing_text"
        }
    }

    /// One expected act citation.
    public struct GoldAct: Decodable, Sendable {
        public var footnote: Int?
        public var type: String
        public var jurisdiction: String?
        public var date: String?
        public var number: String?
        public var title: String?
        public var url: String?
        public var accessed: String?
        public var notes: String?
    }

    /// A mention of an act in the body: a fragment of the cleaned text that names it, its type,
    /// and the year written in the mention (`null` when the mention gives none). Fragments are
    /// listed in text order; each is looked for after the previous one. `optional` mentions
    /// (anaphoric `закона`) are neither required nor counted as wrong.
    public struct GoldMention: Decodable, Sendable {
        public var text: String
        public var type: String
        public var year: String?
        public var optional: Bool?
    }

    /// A citation that is not an act.
    public struct NotAct: Decodable, Sendable {
        public var footnote: Int?
        public var kind: String
        public var text: String?
    }

    /// An expected diagnostic.
    public struct GoldDiagnostic: Decodable, Sendable {
        public var footnote: Int?
        public var footnotes: [Int]?
        public var kind: String
        /// `warning` or `note` for defects that are not errors; absent means `error`.
        public var severity: String?
        public var why: String?
    }
}

/// A dates gold file (`*.dates.gold.json`).
public struct DatesGold: Decodable, Sendable {
    public var document: String
    public var dates: [Item]

    /// One expected date.
    public struct Item: Decodable, Sendable {
        public var text: String
        public var value: String?
        public var until: String?
        public var optional: String?
    }
}
