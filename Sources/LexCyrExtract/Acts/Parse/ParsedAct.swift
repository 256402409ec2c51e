import LexCyrCore

/// An act reference as the parsers build it, before identities are assigned.
struct ParsedAct {
    var kind: ActReference.Kind
    var jurisdiction: String?
    var issuer: String?
    var date: String?
    var number: String?
    var title: String?
    /// A descriptive phrase standing for the title (`о местном управлении`), for identity only.
    var describe: String?
    /// The act is of a Soviet republic or of the USSR.
    var soviet = false
    /// The act is of an international body: it has no state.
    var international = false
    /// ``jurisdiction`` is the document's usual state, not one the reference names.
    var stateGuessed = false
    var url: String?
    var accessed: String?
    var urlCode: ActURLCode?
    /// Footnote that holds the reference, `nil` for the body.
    var footnote: Int?
    /// Scalar span in the unit.
    var span: Range<Int>
    var text: String
    var isCitation: Bool
    /// Acts named inside the title, with the relation (`amends`, `implements`, ...).
    var nested: [NestedAct] = []
    /// The identifier, once ``ActIdentity`` has assigned it.
    var id = ""

    /// The year of ``date``, if any.
    var year: String? { date.map { String($0.prefix(4)) } }

    /// The public record.
    func reference(relations: [ActReference.Relation]) -> ActReference {
        ActReference(type: kind, jurisdiction: jurisdiction, issuer: issuer, date: date, number: number,
                     title: title, url: url, accessed: accessed, footnote: footnote,
                     start: span.lowerBound, end: span.upperBound, actID: id, text: text,
                     isCitation: isCitation, relations: relations, urlCode: urlCode)
    }
}

/// An act named inside another act's title, and how the citing act relates to it.
struct NestedAct {
    /// The act named.
    var act: ParsedAct
    /// `amends`, `implements`, `repeals` or `mentions`.
    var relation: String
}
