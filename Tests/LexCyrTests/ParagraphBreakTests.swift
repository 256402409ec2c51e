import Foundation
import LexCyr
import LexCyrCore
@testable import LexCyrIngest
import XCTest

/// Where paragraphs end: a reader that knows the document's structure (PDF layout, HTML) ends a
/// paragraph at every blank line (``SourceText/blankLineEndsParagraph``), so headings stay
/// blocks of their own; plain text keeps reading a blank line inside a sentence as an
/// extractor's accident.
final class ParagraphBreakTests: XCTestCase {
    private func headings(_ document: Document) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        return document.blocks.filter { $0.kind == .heading }.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    func testHeadingsOfStructuredFormsStayBlocksOfTheirOwn() throws {
        let pipeline = Corpus.pipeline()
        let typeset = Corpus.directory + "/typeset/"
        let kazakh = ["Кіріспе", "Материалдар мен әдістер", "Нәтижелер мен талқылау", "Қорытынды"]
        for name in ["kk-1col-electoral-law.pdf", "kk-2col-electoral-law.xml"] {
            let document = try pipeline.process(path: typeset + name)
            XCTAssertEqual(headings(document), kazakh, name)
            // Each heading is followed by its section's first paragraph, not glued to it.
            let kinds = document.blocks.map(\.kind)
            for (k, kind) in kinds.enumerated() where kind == .heading {
                XCTAssertEqual(kinds[k + 1], .paragraph, name)
            }
        }
        let html = try pipeline.process(path: Corpus.directory + "/html/ru-administrative-procedure.html")
        XCTAssertEqual(headings(html), ["ВВЕДЕНИЕ", "ОСНОВНАЯ ЧАСТЬ", "ЗАКЛЮЧЕНИЕ"])
        let numbered = try pipeline.process(path: typeset + "ru-multicol-constitutional-court.xml")
        XCTAssertEqual(headings(numbered), ["1. Общие положения", "2. Порядок формирования и состав", "3. Обращения граждан",
                                            "4. Первые решения", "5. Выводы"])
    }

    func testABlankLineEndsAParagraphOnlyWhereTheReaderSaysSo() throws {
        // A raw extraction (full justified lines) with a blank line put after a full line whose
        // sentence goes on in lower case below it.
        let raw = try String(contentsOfFile: Corpus.directory + "/typeset/kk-1col-local-self-government.raw.txt", encoding: .utf8)
        var lines = raw.components(separatedBy: "\n")
        let k = try XCTUnwrap(lines.indices.dropFirst(20).first { k in
            guard k + 1 < lines.count, let last = lines[k].unicodeScalars.last, let next = lines[k + 1].unicodeScalars.first else { return false }
            return lines[k].count >= 60 && last.properties.isLowercase && next.properties.isLowercase
        })
        let tail = String(lines[k].suffix(20)), head = String(lines[k + 1].prefix(20))
        lines.insert("", at: k + 1)
        let scalars = Array(lines.joined(separator: "\n").unicodeScalars)
        func joined(_ blankLineEndsParagraph: Bool) -> Bool {
            let source = SourceText(scalars: scalars, format: .text, encoding: "UTF-8", blankLineEndsParagraph: blankLineEndsParagraph)
            return TextCleaner().clean(source).body.string.contains(tail + " " + head)
        }
        XCTAssertTrue(joined(false), "plain text: the sentence goes on over the blank line")
        XCTAssertFalse(joined(true), "a structured reader's blank line ends the paragraph")
    }
}
