import LexCyrCore

/// Turns the pieces a phrase points at into field values: the refined type, the issuer, the
/// title text, the name of an act cited by name.
struct ActFieldReader {
    let view: TokenView
    let pieces: [Piece]
    let classifier: WordClassifier

    /// The value of piece `k` (a date, a number).
    func value(_ k: Int?) -> String? {
        k.flatMap { pieces[$0].value(view.scalars) }
    }

    /// The text of quote piece `k`, without the quotes, white space collapsed.
    func title(_ k: Int?) -> String? {
        guard let k, let inner = pieces[k].inner else { return nil }
        var end = inner.upperBound
        while end > inner.lowerBound, [".", ",", ";", ":"].contains(view.scalars[end - 1]) && !pieces[k].closed { end -= 1 }
        let t = Fold.collapsed(view.scalars, inner.lowerBound..<end)
        return t.isEmpty ? nil : t
    }

    /// The name of an act cited by name (`Гражданский кодекс Российской Федерации (часть первая)`,
    /// `Конвенция о защите прав человека и основных свобод`).
    func name(_ p: ActPhrase) -> String {
        var end = pieces[p.nameLast].range.upperBound
        if let d = p.describe, p.kind != .law, d.lowerBound >= end { end = d.upperBound }
        var start = pieces[p.nameFirst].range.lowerBound
        if let d = p.describe, d.lowerBound < start { start = d.lowerBound }
        return Fold.collapsed(view.scalars, start..<end)
    }

    /// The senses of the words of pieces `range` (skipping quotes and groups).
    func senses(_ range: Range<Int>) -> [WordSense] {
        var out = [WordSense]()
        for k in range where pieces[k].kind == .word { out.append(classifier.sense(view, pieces[k])) }
        return out
    }

    /// The type `p` names once modifiers, issuer and number are taken into account, or `nil`
    /// when the type word needs an issuer it does not have (`Определение` without a court).
    func refinedKind(_ p: ActPhrase, issuer: String?, number: String?) -> ActReference.Kind? {
        let anchor = classifier.sense(view, pieces[p.anchor])
        // `Определение … № 428-О`: a Constitutional Court number names the court.
        if !anchor.needs.isMet(by: issuer), !(anchor.needs != .authority && Self.isCourtNumber(number)) { return nil }
        let court = issuer.map(ActLexicon.courts.contains) ?? false
        if p.modifiers.contains(.draft) { return .bill }
        switch p.kind {
        case .law:
            if p.modifiers.contains(.constitutional) || (number?.hasSuffix("ФКЗ") ?? false) || amendsConstitution(p) {
                return .constitutionalLaw
            }
            return .law
        case .resolution, .courtDecision:
            return court || Self.isCourtNumber(number) ? .courtDecision : .resolution
        default:
            return p.kind
        }
    }

    /// `Закон … о поправке к Конституции`: a law amending the Constitution has the rank of a
    /// constitutional law.
    private func amendsConstitution(_ p: ActPhrase) -> Bool {
        guard let d = p.describe, d.count >= Self.amendment.count else { return false }
        let s = view.scalars
        return (d.lowerBound...(d.upperBound - Self.amendment.count)).contains { i in
            Self.amendment.indices.allSatisfy { Fold.lower(s[i + $0]) == Self.amendment[$0] }
        }
    }

    private static let amendment = Array("поправк".unicodeScalars)

    /// Numbers of Russian Constitutional Court decisions (`12-П`, `444-О`, `1-З`, `1578-О-П`).
    static func isCourtNumber(_ number: String?) -> Bool {
        // Such a number ends with one of these letters; most numbers (`148`, `152-ФЗ`) do not.
        guard let last = number?.unicodeScalars.last, last == "П" || last == "О" || last == "З" || last == "Р" else { return false }
        guard let n = number, let dash = n.lastIndex(of: "-"), n.first?.isNumber == true else { return false }
        return ["П", "О", "З", "О-П", "О-О", "О-Р"].contains(String(n[n.index(after: dash)...]))
            || n.hasSuffix("-О-П") || n.hasSuffix("-О-О") || n.hasSuffix("-О-Р")
    }

    /// The issuer an act of `kind` has when the citation does not name one.
    static func defaultIssuer(_ kind: ActReference.Kind) -> String? {
        switch kind {
        case .decree, .address: "president"
        case .law, .code, .constitutionalLaw: "parliament"
        default: nil
        }
    }

    /// The state a number's suffix gives away (`152-ФЗ` → RU, `416-V ЗРК` → KZ).
    static func jurisdiction(ofNumber number: String?) -> String? {
        guard let n = number?.uppercased() else { return nil }
        if n.hasSuffix("ФЗ") || n.hasSuffix("ФКЗ") { return "RU" }
        if n.hasSuffix("ЗРК") || n.hasSuffix("ҚРЗ") { return "KZ" }
        return nil
    }
}
