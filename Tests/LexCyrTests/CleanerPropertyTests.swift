import Foundation
import LexCyr
import LexCyrIngest
import XCTest

/// Properties the cleaner keeps on any input: it never crashes, never loses a character that is
/// not layout (markers, hyphens, footnote and page numbers, running heads), and leaves clean text
/// as it is.
final class CleanerPropertyTests: XCTestCase {
    /// Inputs made of random words, numbers, punctuation, hyphens, blank lines and footnote-like
    /// lines, without page breaks: nothing but digits and hyphens may be lost.
    func testRandomTextLosesNoCharacterAndNeverCrashes() {
        var random = SeededRandom(seed: 0x1E_C0DE)
        for round in 0..<300 {
            let input = RandomArticle.make(&random, pages: 1)
            let cleaned = TextCleaner().clean(SourceText(input))
            let lost = Self.lostScalars(input, cleaned)
            let unexpected = lost.filter { !Self.mayVanish($0.scalar) }
            XCTAssertTrue(unexpected.isEmpty, "round \(round): lost \(unexpected.prefix(5).map { "\($0.scalar)@\($0.offset)" }) in\n\(input)")
        }
    }

    /// With form feeds, whole lines may go as running heads, but only from the edges of pages.
    func testPagedTextLosesOnlyLinesAtPageEdges() {
        var random = SeededRandom(seed: 2023)
        for round in 0..<200 {
            let input = RandomArticle.make(&random, pages: 1 + random.next(4))
            let cleaned = TextCleaner().clean(SourceText(input))
            let scalars = Array(input.unicodeScalars)
            let edges = Self.pageEdgeOffsets(scalars)
            let unexpected = Self.lostScalars(input, cleaned).filter {
                !Self.mayVanish($0.scalar) && !edges.contains($0.offset)
            }
            XCTAssertTrue(unexpected.isEmpty, "round \(round): lost \(unexpected.prefix(5).map { "\($0.scalar)@\($0.offset)" }) in\n\(input)")
        }
    }

    /// Clean text (the gold bodies of the typeset corpus) comes out unchanged, twice over.
    func testCleaningIsIdempotentOnCleanText() throws {
        let dir = Corpus.root.appendingPathComponent("Corpus/typeset").path
        let golds = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".raw.gold.json") }
        XCTAssertFalse(golds.isEmpty)
        for name in golds {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            let gold = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let body = try XCTUnwrap(gold?["body_text"] as? String)
            let once = TextCleaner().clean(SourceText(body)).body.string
            XCTAssertEqual(once, body, "\(name): cleaning clean text changed it")
            XCTAssertEqual(TextCleaner().clean(SourceText(once)).body.string, once, name)
        }
    }

    // MARK: - Helpers

    /// Non-whitespace input scalars that no output scalar (body or footnote) comes from.
    static func lostScalars(_ input: String, _ cleaned: CleanedText) -> [(scalar: Unicode.Scalar, offset: Int)] {
        var kept = Set<Int32>(cleaned.body.origins)
        for f in cleaned.footnotes { kept.formUnion(f.text.origins) }
        var lost = [(scalar: Unicode.Scalar, offset: Int)]()
        for (i, s) in input.unicodeScalars.enumerated() where !s.properties.isWhitespace && !kept.contains(Int32(i)) {
            lost.append((s, i))
        }
        return lost
    }

    /// Digits (markers, footnote and page numbers), hyphens and format characters may vanish.
    static func mayVanish(_ s: Unicode.Scalar) -> Bool {
        if s == "-" || s.properties.generalCategory == .format { return true }
        return s.properties.numericType != nil
    }

    /// Offsets of the first and last three non-blank lines of every page.
    static func pageEdgeOffsets(_ s: [Unicode.Scalar]) -> Set<Int> {
        var pages = [[Range<Int>]]()
        var page = [Range<Int>]()
        var start = 0
        for i in 0...s.count {
            if i == s.count || s[i] == "\n" || s[i] == "\u{0C}" {
                if s[start..<i].contains(where: { !$0.properties.isWhitespace }) { page.append(start..<i) }
                if i < s.count, s[i] == "\u{0C}" { pages.append(page); page = [] }
                start = i + 1
            }
        }
        pages.append(page)
        var out = Set<Int>()
        for lines in pages {
            for r in lines.prefix(3) + lines.suffix(3) { out.formUnion(r) }
        }
        return out
    }
}

/// A small, seeded random generator (SplitMix64): the same seed gives the same inputs.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    /// One element of `items`.
    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
}

/// Random article-like text: Cyrillic and Latin words, numbers, punctuation, hyphens at line
/// ends and inside words, blank lines, footnote-like lines, glued numbers, form feeds.
enum RandomArticle {
    static let words = ["Республики", "Казахстан", "закон", "органов", "управления", "местного", "Президент",
                        "административно-территориальной", "жергілікті", "басқару", "өзін-өзі", "әкімдер",
                        "Конституции", "маслихата", "the", "law", "Council", "кое-что", "где-либо", "Әділет",
                        "ИПС", "URL:", "https://adilet.zan.kz/rus/docs/Z010000148_", "сайт.", "«О", "выборах»",
                        "(дата", "обращения", "13.03.2023).", "№", "148", "2001", "года", "г.", "ст.", "Премьер-Министр",
                        "ВВЕДЕНИЕ", "Аннотация.", "Keywords:", "–", "—", ";", ",", ".", ":", "?", "!", "(", ")", "[1, с. 405]"]

    static func make(_ r: inout SeededRandom, pages: Int) -> String {
        var out = ""
        for p in 0..<pages {
            if p > 0 { out += "\u{0C}" }
            if r.next(2) == 0 { out += "Вестник № \(r.next(9)) 2023\n" }
            for _ in 0..<(3 + r.next(25)) { out += line(&r) + "\n" }
            if r.next(2) == 0 { out += "\(10 + p)\n" }
        }
        return out
    }

    static func line(_ r: inout SeededRandom) -> String {
        switch r.next(12) {
        case 0: return ""
        case 1: return "\(1 + r.next(30))" + r.pick(["  ", " ", ""]) + sentence(&r, words: 4 + r.next(12))
        case 2: return r.pick(["Введение", "1. Общие положения", "ҚОРЫТЫНДЫ", "Заключение"])
        default:
            var text = (r.next(6) == 0 ? "  " : "") + sentence(&r, words: 3 + r.next(10))
            if r.next(4) == 0 { text += "\(1 + r.next(40))" }
            if r.next(3) == 0 { text += r.pick(["-", "- ", "сформирова-", "Рес-"]) }
            return text
        }
    }

    static func sentence(_ r: inout SeededRandom, words count: Int) -> String {
        var parts = [String]()
        for _ in 0..<count {
            var w = r.pick(words)
            if r.next(10) == 0 { w += "\(1 + r.next(40))" }
            if r.next(15) == 0 { w = String(w.unicodeScalars.map { $0 == "о" ? "o" : $0 }.map(Character.init)) }
            if r.next(20) == 0 { w += "\u{00AD}" }
            parts.append(w)
        }
        return parts.joined(separator: r.next(8) == 0 ? "\u{00A0}" : " ")
    }
}
