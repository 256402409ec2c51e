@testable import LexCyrIngest
import XCTest

/// The layout rules on small pages built from lines of the corpus articles, as poppler
/// reports them (pixels, y down; body 15 px, footnotes 12 px, markers 10 px raised).
final class LayoutAnalyzerTests: XCTestCase {
    private func run(_ text: String, top: Double, left: Double, size: Double = 15, raised: Bool = false) -> PdfLayout.Run {
        let width = Double(text.unicodeScalars.count) * size * 0.5
        return PdfLayout.Run(top: raised ? top - 2 : top, left: left, width: width, height: size,
                             size: size, bold: false, text: Array(text.unicodeScalars))
    }

    /// A body line of words at `top`, starting at `left`, one run per word (as poppler splits
    /// justified lines), with a superscript after the word `markerAfter`.
    private func line(_ text: String, top: Double, left: Double = 77, size: Double = 15,
                      marker: (after: String, number: String)? = nil, justifiedTo right: Double? = nil) -> [PdfLayout.Run] {
        var runs = [PdfLayout.Run]()
        var x = left
        let words = text.split(separator: " ")
        var gap = size * 0.3
        if let right, words.count > 1 {
            let letters = Double(words.reduce(0) { $0 + $1.unicodeScalars.count }) * size * 0.5
            gap = (right - left - letters) / Double(words.count - 1)
        }
        for word in words {
            let r = run(String(word), top: top, left: x, size: size)
            runs.append(r)
            x = r.right + gap
            if let m = marker, word == m.after {
                let sup = run(m.number, top: top, left: r.right, size: size * 0.66, raised: true)
                runs.append(sup)
                x = sup.right + size * 0.3
            }
        }
        return runs
    }

    private func text(_ pages: [[PdfLayout.Run]]) -> String {
        let layout = PdfLayout(pages: pages.enumerated().map { PdfLayout.Page(number: $0.offset + 1, width: 892, height: 1262, runs: $0.element) })
        return String(String.UnicodeScalarView(LayoutAnalyzer().text(of: layout)))
    }

    func testSuperscriptMarkerIsGluedToItsWord() {
        let runs = line("членами Организации Объединённых Наций (далее - ООН) являются 193", top: 200, marker: ("Наций", "1"))
        let lines = LineBuilder.lines(of: PdfLayout.Page(number: 1, width: 892, height: 1262, runs: runs), index: 0, gutter: nil)
        XCTAssertEqual(lines.count, 1)
        XCTAssertEqual(String(String.UnicodeScalarView(lines[0].text)), "членами Организации Объединённых Наций1 (далее - ООН) являются 193")
        XCTAssertEqual(lines[0].markers, [1])
    }

    func testFootnoteZoneBecomesFootnoteBlocksAfterTheBody() {
        var page = line("На 2023 год членами Организации Объединённых Наций являются", top: 200, marker: ("Наций", "1"))
        page += line("193 государства.", top: 218)
        page.append(run("1", top: 1105, left: 92, size: 9, raised: true))
        page += line("Устав Организации Объединённых Наций принят 26", top: 1105, left: 98, size: 12)
        page += line("июня 1945 года в Сан-Франциско.", top: 1119, size: 12)
        XCTAssertEqual(text([page]), """
            На 2023 год членами Организации Объединённых Наций1 являются 193 государства.

            1  Устав Организации Объединённых Наций принят 26 июня 1945 года в Сан-Франциско.

            """)
    }

    func testPlainFootnoteNumbersStartNotesWhenTheBodyHasTheirMarkers() {
        // Word sets the note's number in the note's own size: "3 Там же. Ст. 138."
        // The notes hold more text than the body: the body size is still the body's.
        var page = line("Главы местных исполнительных органов назначались Президентом.", top: 200, marker: ("Президентом.", "3"))
        page += line("Акимы подотчетны вышестоящему акиму.", top: 218, marker: ("акиму.", "4"))
        page += line("3 Там же. Ст. 138.", top: 1100, size: 12)
        page += line("4 См.: Закон Республики Казахстан от 23 января 2001 года № 148", top: 1115, size: 12)
        page += line("«О местном государственном управлении».", top: 1130, size: 12)
        let out = text([page])
        XCTAssertTrue(out.hasSuffix("""

            3  Там же. Ст. 138.

            4  См.: Закон Республики Казахстан от 23 января 2001 года № 148 «О местном государственном управлении».

            """), out)
    }

    func testRunningHeadsAndPageNumbersAreDroppedFromEveryPage() {
        var pages = [[PdfLayout.Run]]()
        let body = ["Согласно Конституции, Казахстан является унитарным государством.",
                    "На текущий момент количество единиц составляет 20."]
        for (k, sentence) in body.enumerated() {
            var page = line("Вестник Института законодательства № 2 (72), 2023", top: 40, size: 13)
            page += line(sentence, top: 81)
            page += line(String(27 + k), top: 1211, left: 437)
            pages.append(page)
        }
        XCTAssertEqual(text(pages), body.joined(separator: " ") + "\n")
    }

    func testRepeatedLastFootnoteLineIsNotARunningFoot() {
        // «Там же.» closes a footnote at the same height on two pages: it is text, not furniture.
        var pages = [[PdfLayout.Run]]()
        for n in 1...2 {
            var page = line("Акимы назначаются Президентом по согласованию с маслихатом.", top: 200, marker: ("маслихатом.", String(n)))
            page.append(run(String(n), top: 1148, left: 92, size: 9, raised: true))
            page += line("Там же.", top: 1148, left: 98, size: 12)
            page += line(String(40 + n), top: 1211, left: 437)
            pages.append(page)
        }
        let out = text(pages)
        XCTAssertTrue(out.contains("1  Там же."), out)
        XCTAssertTrue(out.contains("2  Там же."), out)
        XCTAssertFalse(out.contains("41"), out)
    }

    func testTwoColumnsAreReadOneAfterTheOther() {
        let left = ["Согласно Конституции, Казахстан является", "унитарным государством с делением только",
                    "на административно-территориальные", "единицы. На текущий момент в Республике",
                    "Казахстан количество крупных единиц", "составляет 20 (17 областей и 3 города)."]
        let right = ["Материалами для данной работы стали", "результаты исследования ученых по вопро-",
                     "сам деятельности территориальных орга-", "нов, полномочий главы государства в отно-",
                     "шении этих органов, нормы конституций и", "законов Республики Казахстан."]
        var page = [PdfLayout.Run]()
        for k in left.indices {
            page += line(left[k], top: 200 + Double(k) * 18, left: 77)
            page += line(right[k], top: 200 + Double(k) * 18, left: 458)
        }
        let p = PdfLayout.Page(number: 1, width: 892, height: 1262, runs: page)
        let gutter = try! XCTUnwrap(ColumnDetector.gutter(of: p))
        XCTAssertTrue(gutter.middle > 380 && gutter.middle < 458, "\(gutter)")
        XCTAssertEqual(gutter.rightMargin, 458)
        XCTAssertEqual(text([page]), """
            Согласно Конституции, Казахстан является унитарным государством с делением только на административно-территориальные \
            единицы. На текущий момент в Республике Казахстан количество крупных единиц составляет 20 (17 областей и 3 города). \
            Материалами для данной работы стали результаты исследования ученых по вопро-
            сам деятельности территориальных орга-
            нов, полномочий главы государства в отно-
            шении этих органов, нормы конституций и законов Республики Казахстан.

            """)
    }

    func testOneColumnJustifiedTextHasNoGutter() {
        let sentences = ["Тәуелсіздіктің алғашқы жылдарында жергілікті деңгейде өкілді және атқарушы органдар",
                         "қатар жұмыс істеді. 1993 жылғы Конституция жергілікті өкілді органдар ретінде мәслихат-",
                         "тарды, ал атқарушы органдар ретінде әкімшіліктерді белгіледі. 1995 жылғы Конституция",
                         "қабылданғаннан кейін әкімдер Президент пен Үкіметтің өкілдері ретінде бекітілді, ал жер-",
                         "гілікті өзін-өзі басқару туралы норма декларативтік сипатта қалды, ал бұл жағдай ұзақ",
                         "уақыт бойы өзгеріссіз қалып, жергілікті қоғамдастықтың дербестігін шектеді."]
        var page = [PdfLayout.Run]()
        for (k, s) in sentences.enumerated() { page += line(s, top: 151 + Double(k) * 22, left: 102, size: 16) }
        XCTAssertNil(ColumnDetector.gutter(of: PdfLayout.Page(number: 1, width: 892, height: 1262, runs: page)))
    }

    func testNewParagraphStartsAtAnIndentAndRunsOnAcrossPages() {
        // Justified lines end at x = 600; the last line of a paragraph is short.
        var first = line("Согласно Конституции, Казахстан является унитарным государством,", top: 1082, justifiedTo: 600)
        first += line("и его территориальное устройство, как показывает опыт многих", top: 1100, justifiedTo: 600)
        first += line("государств, существенно и во многом заметно", top: 1118, justifiedTo: 600)
        var second = line("оказывает влияние на отношения главы государства с местными", top: 81, justifiedTo: 600)
        second += line("органами управления.", top: 99)
        second += line("Материалами для данной работы стали результаты", top: 117, left: 100, justifiedTo: 600)
        second += line("исследования ученых по вопросам деятельности органов.", top: 135)
        XCTAssertEqual(text([first, second]), """
            Согласно Конституции, Казахстан является унитарным государством, и его территориальное устройство, \
            как показывает опыт многих государств, существенно и во многом заметно оказывает влияние на \
            отношения главы государства с местными органами управления.

            Материалами для данной работы стали результаты исследования ученых по вопросам деятельности органов.

            """)
    }
}
