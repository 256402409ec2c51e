import Foundation
@testable import LexCyrIngest
import XCTest

/// Repairs of `pdftotext` output (Corpus/typeset/NAME.{plain,raw,layout}.txt).
final class PdfTextRepairTests: XCTestCase {
    private func scalars(_ name: String) throws -> [Unicode.Scalar] {
        Array(try String(contentsOfFile: "\(Corpus.directory)/typeset/\(name)", encoding: .utf8).unicodeScalars)
    }

    private func repaired(_ name: String) throws -> String {
        String(String.UnicodeScalarView(PdfTextRepair(lexicon: HunspellLexicon.shared).repair(try scalars(name))))
    }

    func testDefaultModeCompoundsGetTheirHyphensBack() throws {
        let plain = try scalars("ru-2col-president-local-bodies.plain.txt")
        XCTAssertTrue(PdfTextRepair.isDehyphenated(plain))
        let text = try repaired("ru-2col-president-local-bodies.plain.txt")
        for joined in ["административнотерриториальн", "социальноэкономическ", "формальнодогматическ"] {
            XCTAssertFalse(text.contains(joined), joined)
        }
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(flat.contains("на административно-территориальные единицы"))
        XCTAssertTrue(flat.contains("социально-экономического развития"))
        XCTAssertTrue(text.contains("(формально-догматический"))
    }

    func testFragmentGluedToAFootnoteNumberGetsItsHyphenBack() throws {
        // The page ends in "Од-" (Одновременно); poppler glued the fragment to note 3's number.
        let plain = try String(contentsOfFile: "\(Corpus.directory)/typeset/ru-1col-constitutional-court.plain.txt", encoding: .utf8)
        XCTAssertTrue(plain.contains("для граждан. Од3\n\nСм.: ст. 23"))
        let text = try repaired("ru-1col-constitutional-court.plain.txt")
        XCTAssertTrue(text.contains("для граждан. Од-\n\n3\nСм.: ст. 23"), text)
        // A marker that is not a repeated number is left alone.
        let body = Array("Устав принят в 1945 году3\n\nПосле этого".unicodeScalars)
        XCTAssertEqual(PdfTextRepair.restoreFragmentHyphens(body), body)
    }

    func testWordsThatAreWrittenSolidStaySolid() throws {
        let text = try repaired("ru-2col-president-local-bodies.plain.txt")
        for word in ["самоуправления", "законодательства", "государственного", "Конституционный"] {
            XCTAssertTrue(text.contains(word), word)
        }
        XCTAssertFalse(text.contains("само-управл"))
    }

    func testRawModeAndPlainTextAreLeftAlone() throws {
        let raw = try scalars("ru-2col-president-local-bodies.raw.txt")
        XCTAssertFalse(PdfTextRepair.isDehyphenated(raw))
        XCTAssertEqual(PdfTextRepair(lexicon: HunspellLexicon.shared).repair(raw), raw)
        let seed = Array(Corpus.seedText.unicodeScalars)
        XCTAssertEqual(PdfTextRepair(lexicon: HunspellLexicon.shared).repair(seed), seed)
    }

    func testDictionaryDecidesCompoundsTheDocumentWritesOnlyOnce() {
        let line = "Акимы отвечают за социальноэкономическое развитие и когдато назначались.\n"
        let text = Array(String(repeating: line, count: 30).unicodeScalars) + ["\u{0C}"]
        let out = String(String.UnicodeScalarView(LexiconCompoundRepair(lexicon: HunspellLexicon.shared).repair(text)))
        XCTAssertTrue(out.hasPrefix("Акимы отвечают за социально-экономическое развитие и когда-то назначались."), out)
        // Without a dictionary, joined compounds are left for the cleaner.
        XCTAssertEqual(PdfTextRepair(lexicon: nil).repair(text), text)
    }

    func testLayoutModeColumnsAreReadOneAfterTheOther() throws {
        let text = try repaired("ru-2col-president-local-bodies.layout.txt")
        // The right column's first lines follow the whole left column, not its first line.
        let left = try XCTUnwrap(text.range(of: "На 2023 год членами Организации Объеди-\nнённых Наций1"))
        let right = try XCTUnwrap(text.range(of: "нов, полномочий главы государств в отно-\nшении этих органов"))
        XCTAssertLessThan(left.lowerBound, right.lowerBound)
        // The abstract above the columns stays whole.
        XCTAssertTrue(text.contains("в рамках конституционной реформы развития местного управления\nи самоуправления"))
    }
}
