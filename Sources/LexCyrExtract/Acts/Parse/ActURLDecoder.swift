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
            guard let last = u.pathText.split(separator: "/").last(where: { $0.contains(where: \.isASCIIDigit) }) else { return nil }
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
        let chars = Array(code.unicodeScalars)
        guard chars.count >= 10 else { return nil }
        let digits = chars.dropFirst().prefix { $0.asciiDigitValue != nil }.map { $0.asciiDigitValue! }
        guard digits.count >= 9 else {
            return ActURLCode(portal: "adilet", code: code, type: nil, year: nil, number: nil)
        }
        let yy = digits[0] * 10 + digits[1]
        let year = yy >= 30 ? 1900 + yy : 2000 + yy
        // The digits after the year; none that make sense when they overflow.
        var raw = 0
        for d in digits.dropFirst(2) {
            let (shifted, o1) = raw.multipliedReportingOverflow(by: 10)
            let (sum, o2) = shifted.addingReportingOverflow(d)
            if o1 || o2 { raw = 0; break }
            raw = sum
        }
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

/// The parts of a URL the decoder needs, found over its UTF-8 bytes without Foundation.
private struct URLParts {
    /// Lower-case host without `www.`.
    let host: String
    /// Bytes of the path and query, as written.
    private let path: ArraySlice<UInt8>

    init(_ url: String) {
        let bytes = Array(url.utf8)
        var i = Self.find(Array("://".utf8), in: bytes[...]).map { $0 + 3 } ?? 0
        let hostStart = i
        while i < bytes.count, bytes[i] != 0x2F, bytes[i] != 0x3F, bytes[i] != 0x23, bytes[i] != 0x3A { i += 1 }
        var host = String(decoding: bytes[hostStart..<i], as: UTF8.self).lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        self.host = host
        path = bytes[i...]
    }

    /// Path and query as text.
    var pathText: String { String(decoding: path, as: UTF8.self) }

    /// The path text after `marker`, up to `/`, `#` or `?`.
    func segment(after marker: String) -> String? {
        guard let at = Self.find(Array(marker.utf8), in: path) else { return nil }
        var end = at + marker.utf8.count
        let start = end
        while end < path.endIndex, path[end] != 0x2F, path[end] != 0x23, path[end] != 0x3F { end += 1 }
        return end > start ? String(decoding: path[start..<end], as: UTF8.self) : nil
    }

    /// The value of query parameter `name`.
    func parameter(_ name: String) -> String? {
        guard let q = path.firstIndex(of: 0x3F) else { return nil }
        for pair in path[(q + 1)...].split(separator: 0x26) {
            let kv = pair.split(separator: 0x3D, maxSplits: 1)
            if kv.count == 2, kv[0].elementsEqual(name.utf8) {
                return String(decoding: kv[1].prefix { $0 != 0x23 }, as: UTF8.self)
            }
        }
        return nil
    }

    /// The index where `needle` first occurs in `text`.
    static func find(_ needle: [UInt8], in text: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, text.count >= needle.count else { return nil }
        var i = text.startIndex
        while i + needle.count <= text.endIndex {
            if text[i] == needle[0], text[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
