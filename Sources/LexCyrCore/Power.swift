/// A statement that some body holds a power over another: who may do what to whom, and when.
public struct Power: Sendable, Equatable {
    /// Whether the power is in force, was abolished, or is only proposed.
    public enum Status: String, Sendable, CaseIterable, Codable {
        case inForce = "in_force"
        case abolished
        case proposed
        case historical
    }

    /// Normalised holder (`president`, `government`, `maslikhat`, ...).
    public var holder: String
    /// Normalised action (`appoint`, `dismiss`, `terminate_powers`, ...).
    public var action: String
    /// Normalised object (`akim_region`, `maslikhat`, ...), if stated.
    public var object: String?
    /// The condition as written (`с согласия маслихата`), if any.
    public var condition: String?
    /// `true` when the sentence says the action does *not* need something / is not allowed.
    public var negated: Bool
    /// Status of the power.
    public var status: Status
    /// Time qualifier, ISO 8601 (`2022` for `с 2022 года`), if any.
    public var since: String?
    /// `act_id` of the act the power rests on, when a footnote marker in the sentence points to one.
    public var actID: String?
    /// The evidence: the sentence (or clause) that states the power.
    public var text: String
    /// Footnote that holds the statement, or `nil` for the body.
    public var footnote: Int?
    /// Start offset of the evidence (Unicode scalars).
    public var start: Int
    /// End offset (exclusive).
    public var end: Int

    /// Creates a power record.
    public init(holder: String, action: String, object: String?, condition: String? = nil,
                negated: Bool = false, status: Status = .inForce, since: String? = nil,
                actID: String? = nil, text: String, footnote: Int? = nil, start: Int, end: Int) {
        self.holder = holder
        self.action = action
        self.object = object
        self.condition = condition
        self.negated = negated
        self.status = status
        self.since = since
        self.actID = actID
        self.text = text
        self.footnote = footnote
        self.start = start
        self.end = end
    }
}
