import LexCyr
import XCTest

/// The checks that read only footnote text and markers: quotes, numbering, style.
final class LintTextCheckTests: XCTestCase {
    private func codes(_ ds: [Diagnostic]) -> [String] { ds.map { "\($0.code) \($0.footnote ?? -1)" } }
    private func lint(_ notes: [String]) -> [Diagnostic] {
        CitationLinter(today: LintRun.today).lint(LintFixture.document(notes))
    }
    /// Runs the whole pipeline on a small article (glued markers, footnote block).
    private func process(_ raw: String) throws -> Document {
        try Corpus.pipeline().process(text: raw, path: "article.txt")
    }

    // MARK: unbalanced-quotes

    func testNestedQuotesInATitleAreBalanced() {
        // Seed footnotes 10 and 26: straight quotes inside guillemets.
        XCTAssertEqual(lint([
            "См.: Конституционный закон Республики Казахстан от 19 июня 2007 года № 265 «О внесении изменений и дополнений в Конституционный закон Республики Казахстан \"О Президенте Республики Казахстан\"» // ИПС «Әділет»: сайт.",
            "Указ от 14 сентября 2020 года № 413 «О мерах по реализации Послания от 1 сентября 2020 года \"Казахстан в новой реальности: время действий\"» // ИПС «Әділет».",
            "Савельев А.И. Комментарий к Федеральному закону „О персональных данных“. М.: Статут, 2017.",
        ]), [])
    }

    func testAQuoteThatNeverClosesOrClosesNothingIsAnError() {
        let notes = [
            "Закон № 148 «О местном государственном управлении // ИПС «Әділет»: сайт.",   // seed footnote 8
            "Федеральный закон № 519-ФЗ «О внесении изменений в Федеральный закон \"О персональных данных» // СПС.",
            "Закон № 148 О местном государственном управлении» // ИПС «Әділет»: сайт.",
        ]
        let ds = lint(notes)
        XCTAssertEqual(codes(ds), ["unbalanced-quotes 1", "unbalanced-quotes 2", "unbalanced-quotes 3"])
        XCTAssertEqual(ds.map { LintFixture.text(of: $0, in: LintFixture.document(notes)) }, ["«", "\"", "»"])
        XCTAssertTrue(ds[2].message.contains("never opened"), ds[2].message)
    }

    func testAFootnoteCutByAPageBreakIsNoUnclosedQuote() {
        // Seed footnote 19 as a two-column PDF leaves it when the cleaner cannot join its second half.
        let cut = "См.: Указ Президента Республики Казахстан от 6 июня 2006 года № 130 «О проведении выборов акимов райо-"
        XCTAssertEqual(lint([cut]), [])
        // The same mark with the source after it is the author's.
        XCTAssertEqual(codes(lint([cut.dropLast(5) + "районов // ИПС «Әділет»: сайт."])), ["unbalanced-quotes 1"])
    }

    // MARK: missing-footnote, orphan-footnote, footnote-order

    func testMarkersAndFootnotesThatDoNotPairUp() throws {
        let doc = try process("""
        Первое положение закона1 и второе положение2, а также третье3 и четвертое4.

        1  См.: Первый закон.
        2  См.: Второй закон.
        4  См.: Четвертый закон.
        5  См.: Пятый закон.
        """)
        XCTAssertEqual(codes(doc.diagnostics), ["missing-footnote -1", "orphan-footnote 5"])
        XCTAssertEqual(doc.diagnostics[0].message, "footnote marker 3 has no footnote text")
        XCTAssertEqual(doc.diagnostics[0].line, 1)
        XCTAssertEqual(doc.diagnostics[0].column, 61)   // at the marker `3` after `третье`
    }

    func testANumberSkippedByMarkersAndFootnotesIsAGap() throws {
        let doc = try process("""
        Первое положение закона1 и второе положение2, а также четвертое4.

        1  См.: Первый закон.
        2  См.: Второй закон.
        4  См.: Четвертый закон.
        """)
        XCTAssertEqual(codes(doc.diagnostics), ["footnote-order 4"])
        XCTAssertEqual(doc.diagnostics[0].message, "footnote numbering skips 3: 2 is followed by 4")
    }

    func testMarkersPrintedOutOfOrderAreLinkedAndReported() throws {
        // ru-personal-data.txt: marker 5 is printed before marker 4.
        let doc = try process("""
        Закон о персональных данных1 принят вместе с законом об информации2 и дополнен3. Стратегию
        определяет Доктрина информационной безопасности5, а требования к защите установлены Правительством4.

        1  Федеральный закон от 27.07.2006 № 152-ФЗ.
        2  Федеральный закон от 27.07.2006 № 149-ФЗ.
        3  Федеральный закон от 25.07.2011 № 261-ФЗ.
        4  Постановление Правительства РФ от 01.11.2012 № 1119.
        5  Указ Президента РФ от 05.12.2016 № 646.
        """)
        XCTAssertTrue(doc.footnotes.allSatisfy { $0.marker != nil })
        XCTAssertFalse(doc.text.contains("Правительством4"))
        // The notes have no titles, so `missing-element` fires too; this test is about the order.
        let order = doc.diagnostics.filter { $0.code == "footnote-order" }
        XCTAssertEqual(order.map(\.message), ["the marker of footnote 4 is out of order (after marker 5)",
                                              "marker 5 comes before marker 4"])
        XCTAssertEqual(codes(order), ["footnote-order 4", "footnote-order 5"])
        XCTAssertEqual(Set(doc.diagnostics.map(\.code)), ["footnote-order", "missing-element"])
    }

    func testARepeatedMarkerIsReportedButUnitsAreNotMarkers() throws {
        let doc = try process("""
        Первое положение закона1 и второе положение2, площадь 20 м2 и снова закона1.

        1  См.: Первый закон.
        2  См.: Второй закон.
        """)
        XCTAssertEqual(codes(doc.diagnostics), ["footnote-order 1"])
        XCTAssertEqual(doc.diagnostics[0].message, "marker 1 is repeated in the text")
        XCTAssertTrue(doc.text.contains("м2"))
    }

    // MARK: inconsistent-style

    func testTheMinorityNumberSignGetsANoteAndAFix() {
        let notes = ["Указ от 4 июня 2007 года N 339 «О порядке назначения акимов».",
                     "Указ от 6 июня 2006 года № 130 «О проведении выборов».",
                     "Указ от 8 июля 2005 года № 1613 «О внесении изменения в Указ от 6 декабря 2004 года N 1484»."]
        let ds = lint(notes)
        XCTAssertEqual(codes(ds), ["inconsistent-style 1"])
        XCTAssertEqual(ds[0].severity, .note)
        XCTAssertEqual(ds[0].fix, Diagnostic.Fix(span: Span(start: 25, end: 26), replacement: "№"))
        // A tie keeps the standard sign.
        XCTAssertEqual(codes(lint(Array(notes.prefix(2)))), ["inconsistent-style 1"])
    }

    func testActDatesAndAccessDatesAreSeparateStyles() {
        // The seed's own style: act dates in words, access dates in figures (as GOST R 7.0.5 writes them).
        let seedStyle = ["Закон от 23 января 2001 года № 148 «О местном управлении» // URL: https://adilet.zan.kz/rus/docs/Z010000148_ (дата обращения 14.03.2023).",
                         "Указ от 8 июня 2022 года № 912 «Об утверждении Правил» // URL: https://adilet.zan.kz/rus/docs/U2200000912 (дата обращения: 13.03.2023)."]
        XCTAssertEqual(lint(seedStyle), [])
        // An act date in figures among act dates in words gets a note whose fix writes it in words.
        let mixed = seedStyle + ["Указ от 06.06.2006 № 130 «О проведении выборов» (дата обращения 23.03.2023)."]
        let ds = lint(mixed)
        XCTAssertEqual(codes(ds), ["inconsistent-style 3"])
        XCTAssertEqual(ds[0].fix?.replacement, "6 июня 2006 года")
        XCTAssertEqual(LintFixture.text(of: ds[0], in: LintFixture.document(mixed)), "06.06.2006")
    }

    func testTheYearWordFollowsTheArticle() {
        let russian = ["Указ от 19 мая 2011 г. № 86 «О порядке назначения».",
                       "Указ от 6 июня 2006 года № 130 «О проведении выборов».",
                       "Закон от 23 января 2001 года № 148 «О местном управлении до 2025 г.»."]
        // A Kazakh article's `ж.` among `жылғы` (Kazakh dates put the year word before the day).
        let kazakh = ["Қазақстан Республикасының 2015 ж. 24 қарашадағы № 418-V ҚРЗ «Ақпараттандыру туралы» Заңы.",
                      "Қазақстан Республикасының 2016 жылғы 6 сәуірдегі № 480-V ҚРЗ «Құқықтық актілер туралы» Заңы.",
                      "Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V «Дербес деректер туралы» Заңы."]
        for (notes, written, fix) in [(russian, "г.", "года"), (kazakh, "ж.", "жылғы")] {
            let ds = lint(notes)
            XCTAssertEqual(codes(ds), ["inconsistent-style 1"])
            XCTAssertEqual(ds.first?.fix?.replacement, fix)
            XCTAssertEqual(ds.first.map { LintFixture.text(of: $0, in: LintFixture.document(notes)) }, written)
        }
    }
}
