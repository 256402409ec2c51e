import Foundation
import LexCyr
import LexCyrEval
import LexCyrIngest
import XCTest

/// The cleaner on the typeset corpus (`Corpus/typeset/`): articles set with XeLaTeX in one and
/// two columns and read back with `pdftotext -raw`, whose body and footnotes are known exactly.
final class TypesetCorpusTests: XCTestCase {
    private static let directory = Corpus.root.appendingPathComponent("Corpus/typeset").path

    private func clean(_ name: String) throws -> CleanedText {
        let text = try String(contentsOfFile: Self.directory + "/" + name, encoding: .utf8)
        return TextCleaner().clean(SourceText(text))
    }

    private func blocks(_ cleaned: CleanedText, _ kind: Block.Kind) -> [String] {
        cleaned.blocks.filter { $0.kind == kind }.map { cleaned.body.string($0.start..<$0.end) }
    }

    /// Issue 3's bar, over every raw extraction: body WER ≤ 0.5 %, footnotes exact ≥ 98 %,
    /// markers linked ≥ 98 %.
    func testRawExtractionsMeetTheIssueBar() throws {
        let entries = try CorpusRunner(root: Corpus.directory).entries().filter { $0.name.hasSuffix(".raw.txt") }
        XCTAssertGreaterThanOrEqual(entries.count, 4)
        let pipeline = Corpus.pipeline()
        var errors = 0, words = 0, exact = 0, notes = 0, linked = 0, markers = 0
        for entry in entries {
            let gold = try XCTUnwrap(entry.gold)
            let document = try pipeline.process(path: entry.documentPath)
            let wer = WordErrorRate.compute(hypothesis: document.text, reference: try XCTUnwrap(gold.bodyText))
            errors += wer.errors
            words += wer.words
            for (key, text) in gold.footnoteTexts ?? [:] {
                notes += 1
                let got = document.footnote(Int(key) ?? -1)?.text.split(separator: " ").joined(separator: " ")
                if got == text.split(separator: " ").joined(separator: " ") { exact += 1 }
            }
            let expected = Set(gold.footnotes?.markersInBody ?? [])
            markers += expected.count
            linked += document.footnotes.filter { expected.contains($0.id) && $0.marker != nil }.count
        }
        XCTAssertLessThanOrEqual(Double(errors) / Double(words), 0.005, "\(errors) word errors in \(words) words")
        XCTAssertGreaterThanOrEqual(Double(exact) / Double(notes), 0.98, "\(exact) of \(notes) footnotes exact")
        XCTAssertGreaterThanOrEqual(Double(linked) / Double(markers), 0.98, "\(linked) of \(markers) markers linked")
    }

    func testRunningHeadsAndPageNumbersLeaveTheBody() throws {
        let cleaned = try clean("ru-2col-president-local-bodies.raw.txt")
        let body = cleaned.body.string
        XCTAssertFalse(body.contains("Вестник Института законодательства"))
        XCTAssertFalse(body.contains("Конституционное и административное право"))
        // A head with the page number on the same line (`Мемлекет және құқық теориясы 113`).
        let kk = try clean("kk-1col-local-self-government.raw.txt").body.string
        XCTAssertFalse(kk.contains("теориясы"))
        XCTAssertFalse(kk.contains("ЖАРШЫСЫ"))
    }

    func testFootnoteCutByAPageBreakIsWholeAgain() throws {
        // Footnote 27 starts at the foot of page 29 and ends at the foot of the next page's first column.
        let note = try XCTUnwrap(clean("ru-2col-president-local-bodies.raw.txt").footnotes.first { $0.id == 27 })
        XCTAssertTrue(note.text.string.hasPrefix("См.: Указ Президента Республики Казахстан от 18 августа 2021 года № 639"))
        XCTAssertTrue(note.text.string.hasSuffix("(дата обращения 23.03.2023)."), note.text.string)
    }

    func testFootnoteNumberStandingAloneAboveItsText() throws {
        // 12 pt Liberation Serif: pdftotext puts the superscript number on a line of its own.
        let cleaned = try clean("kk-1col-local-self-government.raw.txt")
        XCTAssertEqual(cleaned.footnotes.map(\.id), Array(1...8))
        XCTAssertTrue(cleaned.footnotes[0].text.string.hasPrefix("Қазақстан Республикасының Конституциясы 1995 жылғы"))
    }

    func testMarkersSplitOffBySuperscriptsRejoinTheirLine() throws {
        // `таниды1⏎. Алайда` in the raw text.
        let body = try clean("kk-1col-local-self-government.raw.txt").body.string
        XCTAssertTrue(body.contains("қызмет ретінде таниды. Алайда"))
    }

    func testNumberedAndCapitalHeadingsAreHeadings() throws {
        let numbered = blocks(try clean("ru-multicol-constitutional-court.raw.txt"), .heading)
        XCTAssertEqual(numbered, ["1. Общие положения", "2. Порядок формирования и состав", "3. Обращения граждан",
                                  "4. Первые решения", "5. Выводы"])
        let capitals = blocks(try clean("ru-a5-administrative-procedure.raw.txt"), .heading)
        XCTAssertEqual(capitals, ["ВВЕДЕНИЕ", "ОСНОВНАЯ ЧАСТЬ", "ЗАКЛЮЧЕНИЕ"])
    }

    func testTitlesAbstractsAndKeywordsCarryTheirLanguage() throws {
        let cleaned = try clean("kk-1col-local-self-government.raw.txt")
        let abstracts = cleaned.blocks.filter { $0.kind == .abstract }.map(\.lang)
        XCTAssertEqual(abstracts, ["kk", "ru", "en"])
        let titles = blocks(cleaned, .title)
        XCTAssertEqual(titles.first, "ЖЕРГІЛІКТІ ӨЗІН-ӨЗІ БАСҚАРУДЫҢ ҚҰҚЫҚТЫҚ НЕГІЗДЕРІ: ҚАЗІРГІ ЖАЙ-КҮЙІ МЕН ДАМУ БОЛАШАҒЫ")
        XCTAssertEqual(blocks(cleaned, .keywords).count, 3)
    }

    func testKazakhCompoundsKeepTheirHyphen() throws {
        // `тепе-⏎теңдік` is broken at its hyphen in the two-column setting.
        let body = try clean("kk-2col-local-self-government.raw.txt").body.string
        XCTAssertTrue(body.contains("тежемелік әрі тепе-теңдік жүйесін"))
        XCTAssertTrue(body.contains("әлеуметтік-экономикалық"))
        XCTAssertFalse(body.contains("- "))
    }

    func testURLBrokenAfterItsSchemeIsRejoined() throws {
        // `URL: https:/⏎/adilet.zan.kz/…` and `…kasym-zhomart-⏎tokaevtyn-…`.
        let notes = try clean("kk-2col-local-self-government.raw.txt").footnotes
        let text = try XCTUnwrap(notes.first { $0.id == 6 }).text.string
        XCTAssertTrue(text.contains("https://www.akorda.kz/kz/memleket-basshysy-kasym-zhomart-tokaevtyn-kazakstan-halkyna-zholdauy-183048 ("), text)
    }
}
