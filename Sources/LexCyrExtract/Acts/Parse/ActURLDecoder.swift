import Foundation
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
        let lower = url.lowercased()
        guard let host = host(lower) else { return nil }
        if host.hasSuffix("adilet.zan.kz") { return adilet(url) }
        if host.hasSuffix("pravo.gov.ru") {
            if let nd = parameter("nd", in: url) { return ActURLCode(portal: "pravo.gov.ru", code: nd, type: nil, year: nil, number: nil) }
            if let v = segment(after: "/view/", in: url) { return ActURLCode(portal: "pravo.gov.ru", code: v, type: nil, year: nil, number: nil) }
            return nil
        }
        if host.hasSuffix("consultant.ru"), let r = lower.range(of: "cons_doc_") {
            let code = String(url[r.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" })
            return ActURLCode(portal: "consultant.ru", code: code, type: nil, year: nil, number: nil)
        }
        if host.hasSuffix("garant.ru") || host.hasSuffix("lex.uz") || host.hasSuffix("minjust.gov.kg") {
            let last = url.split(separator: "/").last { $0.contains(where: \.isNumber) }
            guard let last else { return nil }
            return ActURLCode(portal: String(host.split(separator: ".").suffix(2).joined(separator: ".")),
                              code: String(last.prefix { $0 != "?" && $0 != "#" }), type: nil, year: nil, number: nil)
        }
        return nil
    }

    /// The state whose portal `url` is on (`adilet.zan.kz` → `KZ`, `consultant.ru` → `RU`).
    static func jurisdiction(of url: String) -> String? {
        guard let host = host(url.lowercased()) else { return nil }
        let kz = ["adilet.zan.kz", "zakon.kz", "akorda.kz", "primeminister.kz", "parlam.kz", "online.zakon.kz", "egov.kz", "gov.kz"]
        let ru = ["consultant.ru", "garant.ru", "pravo.gov.ru", "kremlin.ru", "government.ru", "ksrf.ru", "vsrf.ru",
                  "rg.ru", "duma.gov.ru", "publication.pravo.gov.ru", "docs.cntd.ru", "base.garant.ru"]
        if kz.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return "KZ" }
        if ru.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return "RU" }
        if host.hasSuffix("pravo.by") || host.hasSuffix("etalonline.by") { return "BY" }
        if host.hasSuffix("lex.uz") { return "UZ" }
        if host.hasSuffix("minjust.gov.kg") { return "KG" }
        return nil
    }

    /// adilet.zan.kz codes: letter, two-digit year, act number.
    private static func adilet(_ url: String) -> ActURLCode? {
        guard let code = segment(after: "/docs/", in: url), code.count >= 10 else { return nil }
        let scalars = Array(code.unicodeScalars)
        let letter = Character(scalars[0])
        let digits = scalars.dropFirst().prefix { $0.asciiDigitValue != nil }
        guard digits.count >= 9, let yy = Int(String(String.UnicodeScalarView(digits.prefix(2)))) else {
            return ActURLCode(portal: "adilet", code: code, type: nil, year: nil, number: nil)
        }
        let year = yy >= 30 ? 1900 + yy : 2000 + yy
        let raw = Int(String(String.UnicodeScalarView(digits.dropFirst(2)))) ?? 0
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

    private static func host(_ lower: String) -> String? {
        var rest = Substring(lower)
        if let r = rest.range(of: "://") { rest = rest[r.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard host.contains(".") else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }

    /// The path segment after `marker` (case-insensitive), up to `/`, `#` or `?`.
    private static func segment(after marker: String, in url: String) -> String? {
        guard let r = url.range(of: marker, options: .caseInsensitive) else { return nil }
        let s = url[r.upperBound...].prefix { $0 != "/" && $0 != "#" && $0 != "?" }
        return s.isEmpty ? nil : String(s)
    }

    /// The value of query parameter `name`.
    private static func parameter(_ name: String, in url: String) -> String? {
        guard let q = url.firstIndex(of: "?") else { return nil }
        for pair in url[url.index(after: q)...].split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2, kv[0] == name { return String(kv[1].prefix { $0 != "#" }) }
        }
        return nil
    }
}
