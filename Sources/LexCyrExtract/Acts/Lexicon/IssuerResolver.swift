/// Names the issuer of an act from the words of its issuer phrase (`Президента Республики
/// Казахстан` → `president`, `Пленума Верховного Суда РФ` → `supreme_court`,
/// `Қазақстан Республикасы Үкіметінің` → `government`).
enum IssuerResolver {
    /// The normalised issuer named by `senses` (in text order), if any.
    static func resolve(_ senses: [WordSense]) -> String? {
        var p = IssuerParts()
        for s in senses { p.formUnion(s.issuer) }
        if p.isEmpty { return nil }
        func has(_ part: IssuerParts) -> Bool { p.contains(part) }

        if has(.constitutional) && has(.court) { return "constitutional_court" }
        if has(.constitutional) && has(.council) { return "constitutional_council" }
        if (has(.supreme) && has(.court)) || has(.plenum) { return "supreme_court" }
        if has(.electionCommission) || (has(.electoral) && has(.commission)) { return "central_election_commission" }
        if has(.premier) { return "prime_minister" }
        if has(.government) || (has(.council) && has(.minister)) { return "government" }
        if has(.president) || (has(.head) && has(.state)) || (has(.state) && has(.leader)) { return "president" }
        if has(.bank) { return "national_bank" }
        if has(.minister) { return "ministry" }
        if has(.maslikhat) { return "local_representative" }
        if has(.akimat) { return "local_executive" }
        if has(.parliament) || has(.presidium) || (has(.supreme) && has(.council)) { return "parliament" }
        if has(.court) { return "court" }
        if has(.agency) { return "agency" }
        return nil
    }
}
