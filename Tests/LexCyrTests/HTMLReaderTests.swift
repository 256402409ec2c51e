import Foundation
import LexCyr
import LexCyrEval
import XCTest

/// Reading saved web pages (Corpus/html/): the article without the site around it, its
/// footnotes split off and linked to their markers, whatever markup and charset the page uses.
final class HTMLReaderTests: XCTestCase {
    private static let html = "\(Corpus.directory)/html"

    private func document(_ name: String) throws -> Document {
        try Corpus.pipeline().process(path: "\(Self.html)/\(name)")
    }

    private func gold(_ name: String) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: "\(Self.html)/\(name).gold.json")))
    }

    private func process(_ page: String) throws -> Document {
        try Corpus.pipeline().process(RawInput(path: "page.html", bytes: Array(page.utf8)))
    }

    func testJournalPageGivesTheArticleAndItsFootnotes() throws {
        let d = try document("ru-president-local-bodies.html")
        let g = try gold("ru-president-local-bodies")
        XCTAssertEqual(d.source.format, .html)
        XCTAssertEqual(d.source.encoding, "utf-8")
        XCTAssertLessThanOrEqual(WordErrorRate.compute(hypothesis: d.text, reference: g.bodyText!).rate, 0.003)
        XCTAssertEqual(d.footnotes.map(\.id), Array(1...32))
        XCTAssertTrue(d.footnotes.allSatisfy { $0.marker != nil })
        for (id, text) in g.footnoteTexts! { XCTAssertEqual(d.footnote(Int(id)!)?.text, text) }
    }

    func testSiteAroundTheArticleIsDropped() throws {
        let d = try document("ru-president-local-bodies.html")
        for chrome in ["Архив номеров", "Перейти к содержанию", "Поделиться", "В этом номере", "cookie",
                       "dataLayer", "Главная", "© 2008", "Сноски", "↩"] {
            XCTAssertFalse(d.text.contains(chrome), chrome)
        }
        XCTAssertFalse(d.footnotes.contains { $0.text.contains("↩") })
    }

    func testWordPageInWindows1251GivesTheArticleAndItsFootnotes() throws {
        let d = try document("ru-administrative-procedure.html")
        let g = try gold("ru-administrative-procedure")
        XCTAssertEqual(d.source.encoding, "windows-1251")
        XCTAssertEqual(WordErrorRate.compute(hypothesis: d.text, reference: g.bodyText!).errors, 0)
        XCTAssertEqual(d.footnotes.map(\.id), [1, 2, 3, 4, 5])
        XCTAssertTrue(d.footnotes.allSatisfy { $0.marker != nil })
        // Word wrote the Kazakh letter of «Әділет» as a character reference.
        XCTAssertTrue(try XCTUnwrap(d.footnote(1)).text.contains("ИПС «Әділет»"))
    }

    func testMarkerIsGluedToTheWordBeforeIt() throws {
        let d = try process("""
            <html><body><article><p>Членами Организации Объединённых Наций <sup><a href="#n1">[1]</a></sup> являются 193 государства.</p>
            <ol class="notes"><li id="n1">Устав ООН принят 26 июня 1945 года.</li></ol></article></body></html>
            """)
        XCTAssertEqual(d.text, "Членами Организации Объединённых Наций являются 193 государства.")
        XCTAssertEqual(d.footnotes.first?.marker?.start, "Членами Организации Объединённых Наций".unicodeScalars.count)
        XCTAssertEqual(d.footnotes.first?.text, "Устав ООН принят 26 июня 1945 года.")
    }

    func testEncyclopediaStyleReferencesBecomeFootnotes() throws {
        let d = try process("""
            <html><body><div id="content" role="main"><h1>Маслихат</h1>
            <p>Маслихат — местный представительный орган в Казахстане<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>,
            избираемый населением<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>.</p>
            <h2>Примечания</h2>
            <ol class="references">
            <li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> <span class="reference-text">Конституция Республики Казахстан, ст. 86.</span></li>
            <li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text">Закон от 23 января 2001 года № 148.</span></li>
            </ol></div></body></html>
            """)
        // (The heading's paragraph break is the reader's; the cleaner may join short lines.)
        XCTAssertEqual(d.text.split(whereSeparator: \.isWhitespace),
                       "Маслихат Маслихат — местный представительный орган в Казахстане, избираемый населением.".split(separator: " "))
        XCTAssertEqual(d.footnotes.map(\.text), ["Конституция Республики Казахстан, ст. 86.", "Закон от 23 января 2001 года № 148."])
        XCTAssertTrue(d.footnotes.allSatisfy { $0.marker != nil })
    }

    func testPageWithoutArticleElementReadsTheBodyWithoutMenus() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Закон</title><style>p{margin:0}</style></head><body>
            <div class="top-menu"><a href="/">Главная</a> <a href="/laws">Законы</a></div>
            <h1>О местном государственном управлении</h1>
            <p>Настоящий Закон регулирует общественные отношения
               в области местного государственного управления.</p>
            <div id="footer">Все права защищены</div><script>var x = "<p>не текст</p>";</script>
            </body></html>
            """
        let source = try InputLoader().load(RawInput(path: "law.html", bytes: Array(page.utf8)))
        XCTAssertEqual(String(String.UnicodeScalarView(source.scalars)),
                       "О местном государственном управлении\n\nНастоящий Закон регулирует общественные отношения в области местного государственного управления.\n")
        XCTAssertTrue(source.blankLineEndsParagraph)
    }

    func testHTMLIsRecognisedByContentWhateverItsName() throws {
        let bytes = Array("<!-- saved from url=(0041)https://example.kz/ -->\n<html><body><p>Текст.</p></body></html>".utf8)
        XCTAssertEqual(FormatSniffer.sniff(bytes, path: "article.txt"), .html)
        XCTAssertEqual(FormatSniffer.sniff(Array("<p>Текст статьи.</p>".utf8), path: "fragment.html"), .html)
        XCTAssertEqual(FormatSniffer.sniff(Array("<p>Текст статьи.</p>".utf8), path: "notes.txt"), .text)
    }
}
