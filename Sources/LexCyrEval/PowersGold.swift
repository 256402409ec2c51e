/// A powers gold file (`*.powers.gold.json`): every statement of a power in a document's body.
///
/// ```json
/// {"document": "article.txt",
///  "powers": [{"holder": "president", "action": "appoint", "object": "akim_region",
///              "condition": "требуется согласие маслихата", "negated": false,
///              "status": "in_force", "since": "2007", "act_footnote": 10,
///              "evidence": "для назначения названных должностных лиц требуется согласие маслихата"}]}
/// ```
///
/// A statement is matched by (holder, action, object) and by its evidence: the found record's
/// text must contain the gold `evidence` (spaces collapsed). Items with `optional` (a reason)
/// are neither required nor penalised.
public struct PowersGold: Decodable, Sendable {
    /// The document, relative to the gold file.
    public var document: String
    /// The statements.
    public var powers: [Item]

    /// One expected statement.
    public struct Item: Decodable, Sendable {
        public var holder: String
        public var action: String
        public var object: String?
        /// Part of the condition as written; `nil` when the statement has none.
        public var condition: String?
        public var negated: Bool?
        public var status: String?
        public var since: String?
        /// The footnote whose act the statement rests on (its marker is in the sentence).
        public var actFootnote: Int?
        /// A fragment of the sentence that states the power.
        public var evidence: String
        /// Why the item is optional, when it is.
        public var optional: String?

        enum CodingKeys: String, CodingKey {
            case holder, action, object, condition, negated, status, since, evidence, optional
            case actFootnote = "act_footnote"
        }
    }
}
