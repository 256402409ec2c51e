/// A reference to a legal act, either a formal citation (usually in a footnote) or a mention in
/// running text.
public struct ActReference: Sendable, Equatable {
    /// Kinds of legal acts.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case constitution
        case constitutionalLaw = "constitutional_law"
        case law, code, decree, resolution, order, address
        case courtDecision = "court_decision"
        case bill, treaty, other
    }

    /// A relation from this act to another act named inside it (usually inside its title).
    public struct Relation: Sendable, Equatable {
        /// `amends`, `implements`, `repeals` or `mentions`.
        public var kind: String
        /// The `act_id` of the related act.
        public var actID: String
        /// Creates a relation.
        public init(kind: String, actID: String) {
            self.kind = kind
            self.actID = actID
        }
    }

    /// The act's type.
    public var type: Kind
    /// ISO 3166-1 alpha-2 code of the issuing state (`KZ`, `RU`; `SU` for Soviet acts), if known.
    public var jurisdiction: String?
    /// Normalised issuer (`president`, `government`, `parliament`, `central_election_commission`, ...).
    public var issuer: String?
    /// Adoption date, ISO 8601 at the precision written (`2001-01-23`, `1993`).
    public var date: String?
    /// The act number as written, without `№`/`N` (`148`, `416-V ЗРК`, `8/187`).
    public var number: String?
    /// Title without outer quotes, whitespace collapsed; for acts cited by name, the name.
    public var title: String?
    /// URL of the official publication, if given.
    public var url: String?
    /// Access date of the URL, ISO 8601.
    public var accessed: String?
    /// Footnote that holds the reference, or `nil` for the body.
    public var footnote: Int?
    /// Start offset (Unicode scalars) into the body or the footnote text.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
    /// The same identifier for every reference to one act within a document.
    public var actID: String
    /// The text of the reference as it appears in the cleaned text.
    public var text: String
    /// `true` for a formal citation, `false` for a mention in running text.
    public var isCitation: Bool
    /// Relations to acts named inside this one (amends, implements, ...).
    public var relations: [Relation]
    /// Parts decoded from the URL (official portal document code), kept for citation checks.
    public var urlCode: ActURLCode?

    /// Creates an act reference.
    public init(type: Kind, jurisdiction: String? = nil, issuer: String? = nil, date: String? = nil,
                number: String? = nil, title: String? = nil, url: String? = nil, accessed: String? = nil,
                footnote: Int? = nil, start: Int, end: Int, actID: String = "", text: String,
                isCitation: Bool = true, relations: [Relation] = [], urlCode: ActURLCode? = nil) {
        self.type = type
        self.jurisdiction = jurisdiction
        self.issuer = issuer
        self.date = date
        self.number = number
        self.title = title
        self.url = url
        self.accessed = accessed
        self.footnote = footnote
        self.start = start
        self.end = end
        self.actID = actID
        self.text = text
        self.isCitation = isCitation
        self.relations = relations
        self.urlCode = urlCode
    }
}

/// What an official portal's document code says about an act
/// (adilet.zan.kz `Z010000148_` is a law of 2001 numbered 148).
public struct ActURLCode: Sendable, Equatable {
    /// The portal (`adilet`, `pravo.gov.ru`, ...).
    public var portal: String
    /// The raw code as it appears in the URL.
    public var code: String
    /// The act type the code encodes, if it encodes one.
    public var type: ActReference.Kind?
    /// The year the code encodes.
    public var year: Int?
    /// The act number the code encodes, without leading zeros.
    public var number: String?

    /// Creates a decoded URL code.
    public init(portal: String, code: String, type: ActReference.Kind?, year: Int?, number: String?) {
        self.portal = portal
        self.code = code
        self.type = type
        self.year = year
        self.number = number
    }
}
