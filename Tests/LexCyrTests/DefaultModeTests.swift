import Foundation
import LexCyr
import LexCyrCore
import LexCyrEval
@testable import LexCyrIngest
import XCTest

/// `pdftotext` in its default (reading-order) mode on the typeset corpus
/// (`Corpus/typeset/NAME.plain.txt`): what the mode does to page heads, footnotes cut by page
/// breaks, footnote numbers and words broken at line ends, and how the loader and cleaner undo it.
final class DefaultModeTests: XCTestCase {
    private let pipeline = Corpus.pipeline()

    private func document(_ name: String) throws -> Document {
        try pipeline.process(path: Corpus.directory + "/typeset/" + name)
    }

    private func note(_ document: Document, _ id: Int) throws -> String {
        try XCTUnwrap(document.footnote(id), "footnote \(id)").text
    }

    /// The issue's bar for each one-column article read in the default mode: body WER ≤ 0.5 %.
    func testEachDefaultModeExtractionMeetsTheIssueBar() throws {
        let entries = try CorpusRunner(root: Corpus.directory).entries().filter { $0.name.hasSuffix(".plain.txt") }
        XCTAssertGreaterThanOrEqual(entries.count, 9)
        for entry in entries {
            let gold = try XCTUnwrap(entry.gold)
            let d = try pipeline.process(path: entry.documentPath)
            let wer = WordErrorRate.compute(hypothesis: d.text, reference: try XCTUnwrap(gold.bodyText))
            XCTAssertLessThanOrEqual(wer.rate, 0.005, "\(entry.name): \(wer.errors)/\(wer.words) words wrong")
        }
    }

    func testAHeadPrintedAfterItsPageNumberLeavesTheBody() throws {
        // `14⏎⏎Вестник Верховного Суда⏎⏎…`: the even pages' head comes after the number.
        XCTAssertFalse(try document("ru-1col-judicial-practice.plain.txt").text.contains("Вестник Верховного Суда"))
        XCTAssertFalse(try document("kk-1col-electoral-law.plain.txt").text.contains("ҚҰҚЫҚ ЖӘНЕ МЕМЛЕКЕТ"))
        // A one-page extraction: `Әкімшілік құқық⏎⏎143⏎⏎`.
        XCTAssertFalse(try document("kk-2col-civil-service.plain.txt").text.contains("Әкімшілік құқық"))
        // A page number printed amid the page, after the first column's footnotes.
        let text = try document("kk-2col-local-self-government.plain.txt").text
        XCTAssertFalse(text.split(whereSeparator: \.isWhitespace).contains("89"))
        XCTAssertFalse(text.contains("ХАБАРШЫСЫ"))
    }

    func testTheTailOfANoteCutByAPageBreakGoesBackToItsNote() throws {
        // The body's `голосова-` at the page end was glued to note 7's tail (`голосоваустройстве`),
        // and `Премьер-` to note 19's (`Премьернов, городов …`).
        let d = try document("ru-1col-president-local-bodies.plain.txt")
        XCTAssertTrue(d.text.contains("принявших участие в голосовании, считается лицом"))
        XCTAssertTrue(d.text.contains("консультации с Премьер-Министром Правительства"))
        XCTAssertTrue(try note(d, 7).hasSuffix("«Об административно-территориальном устройстве Республики Казахстан» // ИПС «Әділет»: сайт. URL: https://adilet.zan.kz/rus/docs/Z930004200_ (дата обращения 13.03.2023)."))
        XCTAssertTrue(try note(d, 19).contains("«О проведении выборов акимов районов, городов областного значения Республики Казахстан»"))
        // A tail printed as a block after the next page's body.
        let a5 = try document("ru-a5-access-to-information.plain.txt")
        XCTAssertTrue(try note(a5, 5).hasSuffix("по административным делам Алматинского городского суда."))
        XCTAssertFalse(a5.text.contains("городского суда"))
    }

    func testAFootnoteNumberPrintedAfterTheNotesGoesBackBeforeItsNote() throws {
        // `1⏎⏎Text of 1.⏎Text of 2…⏎3⏎Text of 3.⏎2⏎⏎`
        let d = try document("kk-1col-electoral-law.plain.txt")
        XCTAssertEqual(try note(d, 1), "Қазақстан Республикасының Конституциясы. 3-бап, 2-тармақ.")
        XCTAssertTrue(try note(d, 2).hasPrefix("«Қазақстан Республикасындағы сайлау туралы» Қазақстан Республикасының 1995 жылғы"))
        XCTAssertEqual(try note(d, 3), "Қараңыз: Nohlen D. Wahlrecht und Parteiensystem. 7. Aufl. Opladen: Budrich, 2014. S. 312–330.")
    }

    func testAWordBrokenAtAColumnEndIsLiftedOffTheNoteGluedToIt() throws {
        // `азаматтар-` ended the column; the mode glued it to note 1: `азаматтар1 Қазақстан …`.
        let plain = try String(contentsOfFile: Corpus.directory + "/typeset/kk-2col-civil-service.plain.txt", encoding: .utf8)
        XCTAssertTrue(plain.contains("және азаматтар1 Қазақстан Республикасының 2015 жылғы"))
        let d = try document("kk-2col-civil-service.plain.txt")
        XCTAssertTrue(d.text.contains("жеке жұмыс жоспарының орындалуына және азаматтардың пікіріне сүйенеді"))
        XCTAssertTrue(try note(d, 1).hasPrefix("Қазақстан Республикасының 2015 жылғы 23 қарашадағы № 416-V ҚРЗ"))
    }

    func testANoteGoesOnOverABlankLineAfterAColon() throws {
        // `6 Қараңыз:⏎⏎Қазақстан Республикасы Президентінің⏎…`
        let d = try document("kk-2col-local-self-government.plain.txt")
        XCTAssertTrue(try note(d, 6).hasPrefix("Қараңыз: Қазақстан Республикасы Президентінің 2021 жылғы 1 қыркүйектегі"))
    }

    func testColumnBlocksPrintedInterleavedAreReadColumnByColumn() throws {
        // The mode printed the left column's first block, then the right one's, and so on:
        // `Введение`, `Споры о заработной плате…6`, `Трудовые споры…1 2 3`, `Возмещение…7 8`, ….
        let plain = try String(contentsOfFile: Corpus.directory + "/typeset/ru-2col-judicial-practice.plain.txt", encoding: .utf8)
        let printed = try XCTUnwrap(plain.range(of: "Споры о заработной плате")), intro = try XCTUnwrap(plain.range(of: "Трудовые споры составляют"))
        XCTAssertLessThan(printed.lowerBound, intro.lowerBound)
        let text = try document("ru-2col-judicial-practice.plain.txt").text
        XCTAssertTrue(text.contains("Введение\n\nТрудовые споры составляют заметную долю"))
        XCTAssertTrue(text.contains("и отсутствие прежних взысканий.\n\nСпоры о заработной плате, напротив"))
        XCTAssertTrue(text.contains("Вместе с тем кое-где сохраняется"))
        // The whole body, for the articles whose blocks the mode interleaved but kept whole.
        for name in ["ru-2col-judicial-practice", "kk-2col-electoral-law", "ru-2col-access-to-information"] {
            let gold = try XCTUnwrap(try CorpusRunner(root: Corpus.directory).entries().first { $0.name == "typeset/\(name).raw.txt" }?.gold)
            let d = try document(name + ".plain.txt")
            let wer = WordErrorRate.compute(hypothesis: d.text, reference: try XCTUnwrap(gold.bodyText))
            XCTAssertLessThanOrEqual(wer.rate, 0.005, "\(name): \(wer.errors)/\(wer.words) words wrong")
        }
    }

    func testOneColumnPagesKeepTheirBlockOrder() throws {
        let directory = Corpus.directory + "/typeset/"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".plain.txt") && ($0.contains("-1col-") || $0.contains("-a5-")) }
        XCTAssertGreaterThanOrEqual(names.count, 8)
        for name in names {
            let text = PdfTextRepair.restoreFragmentHyphens(Array(try String(contentsOfFile: directory + name, encoding: .utf8).unicodeScalars))
            XCTAssertEqual(ColumnFlowOrder.repair(text), text, name)
        }
    }

    func testRepairsLeaveRawExtractionsAlone() throws {
        // `-raw` keeps line-end hyphens and the order of the content: nothing to move.
        let directory = Corpus.directory + "/typeset/"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".raw.txt") }
        XCTAssertGreaterThanOrEqual(names.count, 20)
        for name in names {
            let raw = Array(try String(contentsOfFile: directory + name, encoding: .utf8).unicodeScalars)
            XCTAssertEqual(FootnoteNumberOrder.repair(raw), raw, name)
            XCTAssertEqual(FootnoteTailRepair(lexicon: HunspellLexicon.shared).repair(raw), raw, name)
            XCTAssertEqual(ColumnFlowOrder.repair(raw), raw, name)
        }
    }
}
