import LexCyr
import LexCyrIngest
import XCTest

/// How the cleaner treats what PDF extractors leave behind, on lines taken from the seed.
final class CleanerTests: XCTestCase {
    private func clean(_ raw: String) -> CleanedText {
        TextCleaner().clean(SourceText(raw))
    }

    func testWordsBrokenAtLineEndsAreRejoined() {
        let out = clean("была \nсформирова-\nния новая системы. На текущий момент в Рес- \nпублике Казахстан").body.string
        XCTAssertEqual(out, "была сформирования новая системы. На текущий момент в Республике Казахстан")
    }

    func testBreakAcrossBlankLineIsRejoined() {
        let out = clean("членами Организации Объ-\n\nединённых Наций являются").body.string
        XCTAssertEqual(out, "членами Организации Объединённых Наций являются")
    }

    func testRealCompoundHyphensAreKept() {
        let out = clean("административно-\nтерриториальной единице и консультации с Премьер-Мини-\nстром Правительства").body.string
        XCTAssertEqual(out, "административно-территориальной единице и консультации с Премьер-Министром Правительства")
    }

    func testKazakhReduplicationIsKept() {
        let out = clean("жергілікті басқару мен өзін-\nөзі басқаруды").body.string
        XCTAssertEqual(out, "жергілікті басқару мен өзін-өзі басқаруды")
    }

    func testFootnoteBlockInsideAWordIsLiftedOut() {
        let raw = """
        положение о полномочии Президента отме-

        10  См.: Закон от 19 июня 2007 года № 265 «О внесении изменений» // ИПС «Әділет»: сайт. URL: 
        https://adilet.zan.kz/rus/docs/Z070000265_ (дата обращения: 13.03.2023).

        нять или приостановливать полностью
        """
        let cleaned = clean(raw)
        XCTAssertEqual(cleaned.body.string, "положение о полномочии Президента отменять или приостановливать полностью")
        XCTAssertEqual(cleaned.footnotes.map(\.id), [10])
        XCTAssertTrue(cleaned.footnotes[0].text.string.contains("URL: https://adilet.zan.kz/rus/docs/Z070000265_ (дата"))
    }

    func testBrokenURLsAreRejoinedWithoutSpace() {
        let raw = "7  См.: сайт. URL: https://adilet.\nzan.kz/rus/docs/Z1700000075#z352 (дата обращения 14.03.2023); сайт. URL: https://adilet.zan.kz/rus/\ndocs/Z010000148_ (дата обра-\nщения 17.03.2023)."
        let note = clean(raw).footnotes.first?.text.string ?? ""
        XCTAssertTrue(note.contains("https://adilet.zan.kz/rus/docs/Z1700000075#z352 (дата"), note)
        XCTAssertTrue(note.contains("https://adilet.zan.kz/rus/docs/Z010000148_ (дата обращения 17.03.2023)"), note)
    }

    func testMarkersAreStrippedAndLinked() {
        let raw = "членами Наций1 (далее - ООН) и Республики2). Советов»3) в 2007 году4 в законе.\n\n1  Первая.\n2  Вторая.\n3  Третья.\n4  Четвёртая."
        let cleaned = clean(raw)
        XCTAssertEqual(cleaned.body.string, "членами Наций (далее - ООН) и Республики). Советов») в 2007 году в законе.")
        XCTAssertEqual(cleaned.footnotes.map(\.id), [1, 2, 3, 4])
        XCTAssertTrue(cleaned.footnotes.allSatisfy { $0.marker != nil })
        let body = cleaned.body.scalars
        let at = cleaned.footnotes[0].marker!.start
        XCTAssertEqual(String(String.UnicodeScalarView(body[(at - 5)..<at])), "Наций")
    }

    func testNumbersThatAreNotMarkersStay() {
        let raw = "составляет 20 (17 областей и 3 города), а также 193 государства и COVID-19 в 2020 году."
        XCTAssertEqual(clean(raw).body.string, raw)
    }

    func testDateLineInsideAFootnoteIsNotANewFootnote() throws {
        // From the seed's footnote 15: the wrapped line starts with "16", the next footnote's number.
        let raw = "Текст14 и текст15.\n\n14  См.: Закон.\n15  Сборник о выборах в период с 25 марта 1990 года по \n16 января 2012 года. I том.\n\nТекст дальше16.\n\n16  См.: Указ."
        let cleaned = clean(raw)
        XCTAssertEqual(cleaned.footnotes.map(\.id), [14, 15, 16])
        let note = try XCTUnwrap(cleaned.footnotes.first { $0.id == 15 })
        XCTAssertTrue(note.text.string.hasSuffix("по 16 января 2012 года. I том."), note.text.string)
    }

    func testLatinHomoglyphsInCyrillicWordsAreRepaired() {
        XCTAssertEqual(clean("ИПС «Әдiлет»").body.string, "ИПС «Әділет»")
        // The Latin letter meets the Cyrillic ones only once a soft hyphen is dropped.
        XCTAssertEqual(clean("ИПС «Әд\u{00AD}iлет»").body.string, "ИПС «Әділет»")
        XCTAssertEqual(clean("Тр\u{200B}aнзит, Pаrис").body.string, "Транзит, Pаrис")
        // Words in one script, or with too many Latin letters, stay as written.
        XCTAssertEqual(clean("the ﬁrst «Қазақстан» and Mоscow").body.string, "the first «Қазақстан» and Mоscow")
    }

    func testSeedBlocksHaveRolesAndLanguages() {
        let doc = Corpus.seed
        let kinds = Set(doc.blocks.map(\.kind))
        XCTAssertTrue(kinds.isSuperset(of: [.abstract, .keywords, .heading, .paragraph, .title]))
        let langs = Set(doc.blocks.filter { $0.kind == .abstract }.map(\.lang))
        XCTAssertEqual(langs, ["ru", "kk", "en"])
        let headings = doc.blocks.filter { $0.kind == .heading }.map { block in
            String(String.UnicodeScalarView(Array(doc.text.unicodeScalars)[block.start..<block.end]))
        }
        XCTAssertEqual(headings, ["Введение", "Материалы и методы", "Результаты и обсуждение", "Заключение"])
    }

    func testHyphenatedParticlesAndAdverbsKeepTheirHyphen() {
        let out = clean("суд по-\nпрежнему исходил, во-\nпервых, из-\nза того, что кто-\nто где-\nлибо пишет").body.string
        XCTAssertEqual(out, "суд по-прежнему исходил, во-первых, из-за того, что кто-то где-либо пишет")
    }

    func testKazakhEndingsAfterTheBreakJoinTheWord() {
        // From the seed's Kazakh abstract: `басқа-⏎рудың`, and a plural + genitive ending.
        // `басқару` elsewhere in the text is the evidence (`рудың` alone is a word: "of the clan").
        let out = clean("мемлекеттік басқару және жергілікті басқа-\nрудың жаңа жүйесі, реформа-\nлардың кейбір").body.string
        XCTAssertEqual(out, "мемлекеттік басқару және жергілікті басқарудың жаңа жүйесі, реформалардың кейбір")
    }

    func testPageNumbersAndRepeatedHeadsBetweenFormFeedsAreDropped() {
        let page = { (n: Int, head: String, text: String) in "\(head)\n\(text)\n\(n)\n" }
        let raw = page(41, "Вестник права № 2 (72), 2023", "Маслихат избирается населением.")
            + "\u{0C}" + page(42, "Конституционное право", "Аким назначается Президентом.")
            + "\u{0C}" + page(43, "Вестник права № 2 (72), 2023", "Текст страницы 43 продолжается.")
            + "\u{0C}" + page(44, "Конституционное право", "Реформа завершена в 2022 году.")
        let body = clean(raw).body.string
        XCTAssertFalse(body.contains("Вестник"), body)
        XCTAssertFalse(body.contains("Конституционное право"), body)
        XCTAssertFalse(body.contains("42"), body)
        XCTAssertTrue(body.contains("Текст страницы 43 продолжается"), body)
    }

    func testSpaceAfterAStrippedMarkerBeforePunctuationGoes() {
        // poppler's reading-order mode writes `депутатов3 , и`.
        let raw = "являлись Советы депутатов1 , и они входили.\n\n1 Конституция."
        XCTAssertEqual(clean(raw).body.string, "являлись Советы депутатов, и они входили.")
    }

    func testCombiningSequencesAreComposed() {
        XCTAssertEqual(clean("Объединённых и\u{0306}").body.string, "Объединённых й")
    }

    func testCompoundsJoinedByTheExtractorGetTheirHyphenBack() {
        // poppler's reading-order mode writes `административнотерриториальных` for a compound
        // broken at its hyphen; the article writes it with the hyphen elsewhere.
        let raw = "крупных административно-территориальных единиц. Назначаются акимы всех административнотерриториальных единиц."
        XCTAssertEqual(clean(raw).body.string,
                       "крупных административно-территориальных единиц. Назначаются акимы всех административно-территориальных единиц.")
    }

    func testPageBreaksReportedByAReaderWorkLikeFormFeeds() {
        let pages = ["Вестник права № 2 (72), 2023\nМаслихат избирается населением.\n41\n",
                     "Конституционное право\nАким назначается Президентом.\n42\n",
                     "Вестник права № 2 (72), 2023\nРеформа продолжается.\n43\n"]
        var breaks = [Int]()
        var text = ""
        for page in pages {
            if !text.isEmpty { breaks.append(text.unicodeScalars.count) }
            text += page
        }
        let source = SourceText(scalars: Array(text.unicodeScalars), format: .pdfxml, encoding: "UTF-8", pageBreaks: breaks)
        let body = TextCleaner().clean(source).body.string
        XCTAssertEqual(body, "Маслихат избирается населением. Аким назначается Президентом. Реформа продолжается.")
    }
}
