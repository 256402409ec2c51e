/// Names the issuer of an act from the words of its issuer phrase (`Президента Республики
/// Казахстан` → `president`, `Пленума Верховного Суда РФ` → `supreme_court`,
/// `Қазақстан Республикасы Үкіметінің` → `government`).
enum IssuerResolver {
    /// The normalised issuer named by `senses` (in text order), if any.
    static func resolve(_ senses: [WordSense]) -> String? {
        var stems = Set<String>()
        var direct: String? = nil
        for s in senses where s.issuerCue || s.issuer != nil || s.modifier == .constitutional {
            stems.insert(s.stem)
            if direct == nil, let i = s.issuer { direct = i }
        }
        if stems.isEmpty { return nil }
        func has(_ words: String...) -> Bool { words.contains(where: stems.contains) }

        if has("конституцион", "конституциялы") && has("суд", "сот") { return "constitutional_court" }
        if has("конституцион", "конституциялы") && has("совет", "кеңес") { return "constitutional_council" }
        if (has("верховн", "жоғарғы") && has("суд", "сот")) || has("пленум") { return "supreme_court" }
        if has("центризбирком", "центризбирк", "цик") || (has("избирательн", "сайлау") && has("комисс", "комиссия")) { return "central_election_commission" }
        if has("премьер") { return "prime_minister" }
        if has("правительств", "үкімет") || (has("совет") && has("министр")) { return "government" }
        if has("президент") || direct == "president" || (has("глав") && has("государств")) || (has("мемлекет") && has("басшы")) {
            return "president"
        }
        if has("банк") { return "national_bank" }
        if stems.contains(where: { $0.hasPrefix("мин") }) || direct == "ministry" { return "ministry" }
        if has("маслихат", "мәслихат") || direct == "local_representative" { return "local_representative" }
        if has("акимат", "аким", "әкімдік", "әкім") || direct == "local_executive" { return "local_executive" }
        if has("парламент", "дум", "собран", "сенат", "мажилис", "мәжіліс", "президиум")
            || (has("верховн") && has("совет")) || direct == "parliament" { return "parliament" }
        if has("суд", "сот") { return "court" }
        if has("агентств", "служб", "комитет", "агентті") { return "agency" }
        return direct
    }
}
