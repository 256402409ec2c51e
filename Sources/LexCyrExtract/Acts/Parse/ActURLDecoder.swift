import LexCyrCore

/// Decodes the document codes of official legal portals, so that a citation's URL can be checked
/// against the act it cites.
///
/// - adilet.zan.kz: `…/docs/Z010000148_` is a letter for the act type, two digits of the year and
///   the act number (`Z` law or constitutional law, `U` presidential decree, `P` government
///   resolution, `K` code, constitution or address, `V` registered departmental act,
///   `S` Constitutional Council or Court). For acts before 1995 the number is the registry's own,
///   not the act's, so it is not kept; for `K` codes the number is kept only when it is an act
///   number (`K2000002020` is the address of 2020, `K950001000_` the Constitution).
/// - pravo.gov.ru: `?docbody=&nd=102108256` and `publication.pravo.gov.ru/Document/View/…`
///   keep the document number as the code (it says nothing about the act).
/// - consultant.ru (`cons_doc_LAW_61801`), garant.ru, lex.uz, cbd.minjust.gov.kg: the code only.
enum ActURLDecoder {
    /// The decoded code of `url`, if it is a known portal's document address.
    static func decode(_ url: String) -> ActURLCode? {
        let u = URLParts(url)
        let host = u.host
        if host.hasSuffix("adilet.zan.kz") { return u.segment(after: "/docs/").flatMap(adilet) }
        if host.hasSuffix("pravo.gov.ru") {
            guard let code = u.parameter("nd") ?? u.segment(after: "/View/") ?? u.segment(after: "/view/") else { return nil }
            return ActURLCode(portal: "pravo.gov.ru", code: code, type: nil, year: nil, number: nil)
        }
        if host.hasSuffix("consultant.ru") {
            return u.segment(after: "cons_doc_").map { ActURLCode(portal: "consultant.ru", code: $0, type: nil, year: nil, number: nil) }
        }
        if host.hasSuffix("garant.ru") || host.hasSuffix("lex.uz") || host.hasSuffix("minjust.gov.kg") {
            guard let last = u.path.split(separator: "/").last(where: { $0.contains(where: \.isASCIIDigit) }) else { return nil }
            let portal = host.split(separator: ".").suffix(2).joined(separator: ".")
            return ActURLCode(portal: portal, code: String(last), type: nil, year: nil, number: nil)
        }
        return nil
    }

    /// The state whose portal `url` is on (`adilet.zan.kz` → `KZ`, `consultant.ru` → `RU`).
    static func jurisdiction(of url: String) -> String? {
        let host = URLParts(url).host
        func on(_ domains: [String]) -> Bool { domains.contains { host == $0 || host.hasSuffix("." + $0) } }
        if on(["adilet.zan.kz", "zakon.kz", "akorda.kz", "primeminister.kz", "parlam.kz", "egov.kz", "gov.kz"]) { return "KZ" }
        if on(["consultant.ru", "garant.ru", "pravo.gov.ru", "kremlin.ru", "government.ru", "ksrf.ru", "vsrf.ru",
               "rg.ru", "duma.gov.ru", "cntd.ru"]) { return "RU" }
        if on(["pravo.by", "etalonline.by"]) { return "BY" }
        if on(["lex.uz"]) { return "UZ" }
        if on(["minjust.gov.kg"]) { return "KG" }
        return nil
    }

    /// adilet.zan.kz codes: letter, two-digit year, act number.
    private static func adilet(_ code: String) -> ActURLCode? {
        let chars = Array(code)
        guard chars.count >= 10 else { return nil }
        let digits = chars.dropFirst().prefix { $0.isASCIIDigit }
        guard digits.count >= 9, let yy = Int(String(digits.prefix(2))) else {
            return ActURLCode(portal: "adilet", code: code, type: nil, year: nil, number: nil)
        }
        let year = yy >= 30 ? 1900 + yy : 2000 + yy
        let raw = Int(String(digits.dropFirst(2))) ?? 0
        let letter = chars[0]
        var type: ActReference.Kind?
        switch letter {
        case "Z": type = .law
        case "U": type = .decree
        case "P": type = .resolution
        case "V": type = .order
        case "S": type = .courtDecision
        case "K": type = raw == year ? .address : nil
        default: type = nil
        }
        var number: String? = raw > 0 ? String(raw) : nil
        if year < 1995 || (letter == "K" && (raw == year || raw == 1000)) || letter == "V" { number = nil }
        return ActURLCode(portal: "adilet", code: code, type: type, year: year, number: number)
    }
}

/// The parts of a URL the decoder needs, found without Foundation.
private struct URLParts {
    /// Lower-case host without `www.`.
    let host: String
    /// Path and query, as written.
    let path: Substring

    init(_ url: String) {
        var rest = Substring(url)
        if let r = Self.find("://", in: rest) { rest = rest[r.upperBound...] }
        let hostPart = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        let lower = hostPart.lowercased()
        host = lower.hasPrefix("www.") ? String(lower.dropFirst(4)) : lower
        path = rest[hostPart.endIndex...]
    }

    /// The path text after `marker`, up to `/`, `#` or `?`.
    func segment(after marker: String) -> String? {
        guard let r = Self.find(marker, in: path) else { return nil }
        let s = path[r.upperBound...].prefix { $0 != "/" && $0 != "#" && $0 != "?" }
        return s.isEmpty ? nil : String(s)
    }

    /// The value of query parameter `name`.
    func parameter(_ name: String) -> String? {
        guard let q = path.firstIndex(of: "?") else { return nil }
        for pair in path[path.index(after: q)...].split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2, kv[0] == name { return String(kv[1].prefix { $0 != "#" }) }
        }
        return nil
    }

    /// The first range of `needle` in `text`.
    static func find(_ needle: String, in text: Substring) -> Range<Substring.Index>? {
        let n = Array(needle)
        guard !n.isEmpty else { return nil }
        var i = text.startIndex
        while i < text.endIndex {
            var j = i, k = 0
            while k < n.count, j < text.endIndex {
                guard text[j] == n[k] else { break }
                k += 1
                j = text.index(after: j)
            }
            if k == n.count { return i..<j }
            i = text.index(after: i)
        }
        return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
