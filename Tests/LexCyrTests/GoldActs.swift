import Foundation
import LexCyr
import LexCyrEval

/// Stand-in for the act extractor in linter tests: turns a gold file's acts into the
/// ``ActReference``s an extractor should give for them, placed on the real footnote text.
///
/// Each act is anchored on its `№ number` (or its title when it has none), its span runs from the
/// act-type word before that (`Закон`, `Указ`, …) to the `)` closing its access date, and an
/// adilet URL's document code is decoded as the extractor does (`Z010000148_` → law, 2001, 148).
enum GoldActs {
    private static let typeWords = ["Федеральный конституционный закон", "Федеральный закон", "Конституционный закон",
                                    "Закон", "Указ", "Постановление", "постановление", "Послание", "Приказ", "Кодекс"]

    /// `document` with its `acts` replaced by the gold acts.
    static func document(_ document: Document, gold: Gold) -> Document {
        var d = document
        d.acts = references(gold.acts ?? [], in: document)
        return d
    }

    /// The gold acts as references into `document`'s footnotes.
    static func references(_ gold: [Gold.GoldAct], in document: Document) -> [ActReference] {
        var cursor = [Int: Int]()
        var out = [ActReference]()
        for g in gold {
            guard let id = g.footnote, let note = document.footnote(id) else { continue }
            let s = Array(note.text.unicodeScalars)
            let from = cursor[id] ?? 0
            let anchorText = g.number.map { "№ \($0)" } ?? String((g.title ?? "").prefix(20))
            guard let anchor = find(anchorText, in: s, from: from) ?? find(g.number ?? "\u{0}", in: s, from: from) else { continue }
            let start = typeWords.compactMap { lastIndex(of: $0, in: s, from: from, before: anchor) }.max() ?? anchor
            var end = find("»", in: s, from: anchor).map { $0 + 1 } ?? anchor + anchorText.unicodeScalars.count
            if let url = g.url, let at = find(url, in: s, from: anchor), let close = find(")", in: s, from: at) {
                end = close + 1
            }
            cursor[id] = end
            let date = g.date.map { $0 }
            out.append(ActReference(type: ActReference.Kind(rawValue: g.type) ?? .other, jurisdiction: g.jurisdiction,
                                    date: date, number: g.number, title: g.title, url: g.url, accessed: g.accessed,
                                    footnote: id, start: start, end: end,
                                    actID: "\(g.type)|\(g.date ?? "")|\(g.number ?? "")",
                                    text: String(String.UnicodeScalarView(s[start..<end])),
                                    urlCode: g.url.flatMap(adiletCode)))
        }
        return out
    }

    /// The document code of an adilet.zan.kz URL, decoded.
    static func adiletCode(_ url: String) -> ActURLCode? {
        guard url.contains("adilet.zan.kz"), let docs = url.range(of: "/docs/") else { return nil }
        let code = String(url[docs.upperBound...].prefix { $0 != "/" && $0 != "#" && $0 != "?" })
        let digits = code.dropFirst().filter(\.isNumber)
        guard let letter = code.first, digits.count >= 4, let year = Int(digits.prefix(2)) else { return nil }
        let number = String(Int(digits.dropFirst(2)) ?? 0)
        let type: ActReference.Kind? = switch letter {
        case "Z": .law
        case "U": .decree
        case "P": .resolution
        case "K": .code
        default: nil
        }
        return ActURLCode(portal: "adilet", code: code, type: type, year: year < 90 ? 2000 + year : 1900 + year, number: number)
    }

    private static func find(_ needle: String, in s: [Unicode.Scalar], from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, s.count >= n.count, from <= s.count - n.count else { return nil }
        return (from...(s.count - n.count)).first { i in s[i..<(i + n.count)].elementsEqual(n) }
    }

    private static func lastIndex(of needle: String, in s: [Unicode.Scalar], from: Int, before limit: Int) -> Int? {
        var found: Int?
        var i = from
        while let at = find(needle, in: s, from: i), at < limit {
            found = at
            i = at + 1
        }
        return found
    }
}
