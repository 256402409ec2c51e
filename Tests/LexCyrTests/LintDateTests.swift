import LexCyr
import XCTest

/// Dates as the linter reads them in footnotes and the body: figures, Russian, Kazakh (year
/// first, any case form) and English (either order); impossible ones are errors, access dates
/// are told apart from act dates by the words around them. Footnote texts are the lint corpus's.
final class LintDateTests: XCTestCase {
    private func codes(_ ds: [Diagnostic]) -> [String] { ds.map { "\($0.code) \($0.footnote ?? -1)" } }
    private func lint(_ notes: [String], today: String = LintRun.today) -> [Diagnostic] {
        CitationLinter(today: today).lint(LintFixture.document(notes))
    }

    func testImpossibleKazakhDatesAreErrorsInFootnotesAndTheBody() throws {
        // heldout-kk-digital-state.txt footnote 4 (31 April) and heldout-kz-ecology.txt footnote 22 (30 February).
        let notes = ["Қазақстан Республикасы Президентінің 2019 жылғы 31 сәуірдегі № 27 «Ұлттық қоғамдық сенім кеңесі туралы» Жарлығы.",
                     "Қазақстан Республикасы Президентінің 2022 жылғы 30 ақпандағы № 813 «Стратегияны бекіту туралы» Жарлығы."]
        let ds = lint(notes)
        XCTAssertEqual(codes(ds), ["impossible-date 1", "impossible-date 2"])
        XCTAssertEqual(LintFixture.text(of: ds[0], in: LintFixture.document(notes)), "2019 жылғы 31 сәуірдегі")
        XCTAssertTrue(ds[1].message.contains("month 2 of 2022 has 28 days"), ds[1].message)
        // The body of heldout-kk-digital-state.txt, where `жылы … -те` dates an event.
        let doc = try Corpus.pipeline().process(text: "2020 жылғы 31 қыркүйекте ашық деректер порталы жаңартылды.", path: "a.txt")
        XCTAssertEqual(codes(doc.diagnostics), ["impossible-date -1"])
    }

    func testDatesThatExistAreNotReported() {
        XCTAssertEqual(lint(["Указ Президента Республики Казахстан от 29 февраля 2020 года № 250 «О мерах».",
                             "Қазақстан Республикасының 2015 жылғы 23 қарашадағы № 416-V ҚРЗ «Мемлекеттік қызмет туралы» Заңы.",
                             "Law of the Republic of Kazakhstan dated 5 November 2022 No. 157-VII. Accessed June 30, 2023."]), [])
    }

    func testEnglishAndQuotedDayDatesAreRead() {
        let ds = lint(["Law dated June 31, 2022 No. 157-VII.",
                       "Приказ от «31» июня 2020 г. № 5 «О мерах».",
                       "Law No. 416-V (accessed: 12.13.2023)."])
        XCTAssertEqual(codes(ds), ["impossible-date 1", "impossible-date 2", "impossible-date 3"])
    }

    func testAccessDatesAreFoundWhateverWordsIntroduceThem() {
        // In the future of `today` only when they are access dates, however worded.
        let ds = lint(["Закон № 148 «О местном управлении». URL: https://adilet.zan.kz/rus/docs/Z010000148_ (дата обращения к ресурсу – 12.09.2024).",
                       "Заңы // «Әділет» АҚЖ. URL: https://adilet.zan.kz/kaz/docs/Z1500000416 (қаралған күні: 2025 жылғы 12 мамыр).",
                       "Law. URL: https://adilet.zan.kz/eng/docs/Z1500000416 (accessed on 3 February 2025).",
                       "Закон от 12.09.2024 № 5 «О будущем»."], today: "2024-06-01")
        XCTAssertEqual(codes(ds.filter { $0.code == "accessed-in-future" }), ["accessed-in-future 1", "accessed-in-future 2", "accessed-in-future 3"])
    }

    func testAnActDateInFiguresInAKazakhArticleIsRewrittenTheKazakhWay() {
        let notes = ["Қазақстан Республикасының 2016 жылғы 6 сәуірдегі № 480-V ҚРЗ «Құқықтық актілер туралы» Заңы.",
                     "Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V «Дербес деректер туралы» Заңы.",
                     "Қазақстан Республикасының 24.11.2015 № 418-V ҚРЗ «Ақпараттандыру туралы» Заңы."]
        let ds = lint(notes)
        XCTAssertEqual(codes(ds), ["inconsistent-style 3"])
        XCTAssertEqual(ds.first?.fix?.replacement, "2015 жылғы 24 қарашадағы")
    }
}
