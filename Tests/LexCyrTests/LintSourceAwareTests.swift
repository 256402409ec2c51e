import LexCyr
import XCTest

/// What belongs to the act and what to its source: a quote in `ИПС «Әділет»` is no title, a
/// link in a non-act footnote still needs its access date, one act cited twice with its URL
/// is no mismatch however its number is written. Footnotes are the lint corpus's.
final class LintSourceAwareTests: XCTestCase {
    private func codes(_ ds: [Diagnostic]) -> [String] { ds.map { "\($0.code) \($0.footnote ?? -1)" } }

    func testTheSourcesQuotesAreNoTitle() {
        // heldout-kz-public-services.txt footnote 21: a law without its title, the source in guillemets.
        let text = "Закон Республики Казахстан от 26 декабря 2019 года № 289-VI ЗРК // ИПС «Әділет». URL: https://adilet.zan.kz/rus/docs/Z1900000289 (дата обращения: 14.02.2024)."
        let ds = LintFixture.lint([(text, { t, id in
            LintFixture.act(.law, in: t, footnote: id, date: "2019-12-26", number: "289-VI ЗРК", title: nil,
                            url: "https://adilet.zan.kz/rus/docs/Z1900000289", accessed: "2024-02-14")
        })], today: "2024-06-01")
        XCTAssertEqual(codes(ds), ["missing-element 1"])
        XCTAssertTrue(ds[0].message.hasSuffix("lacks its title"), ds[0].message)
    }

    func testATitleMissingOnlyItsOpeningQuoteIsThere() {
        // heldout-ru-digital-justice.txt footnote 21: the unbalanced » is the finding, not a missing title.
        let text = "Федеральный закон от 30.12.2021 № 440-ФЗ О внесении изменений в отдельные законодательные акты Российской Федерации» // Официальный интернет-портал правовой информации. URL: http://publication.pravo.gov.ru/Document/View/0001202112300034 (дата обращения: 15.01.2024)."
        let ds = LintFixture.lint([(text, { t, id in
            LintFixture.act(.law, in: t, footnote: id, jurisdiction: "RU", date: "2021-12-30", number: "440-ФЗ", title: nil,
                            url: "http://publication.pravo.gov.ru/Document/View/0001202112300034", accessed: "2024-01-15")
        })], today: "2024-06-01")
        XCTAssertEqual(codes(ds), ["unbalanced-quotes 1"])
    }

    func testALinkOutsideAnyCitationNeedsItsAccessDateButADOIDoesNot() {
        let ds = LintFixture.lint([
            ("Официальный сайт Конституционного Суда РФ. URL: http://www.ksrf.ru/ru/Decision/Pages/default.aspx.", nil),
            ("Портал электронного правительства Республики Казахстан. URL: https://egov.kz (дата обращения: 14.02.2024).", nil),
            // heldout-kz-ecology.txt footnote 17.
            ("Бекишева С.Д. Экологическая оценка по новому Экологическому кодексу Республики Казахстан // Вестник Карагандинского университета. Серия «Право». – 2022. – № 3 (107). – С. 45–53. DOI: https://doi.org/10.31489/2022L3/45-53.", nil),
        ], today: "2024-06-01")
        XCTAssertEqual(codes(ds), ["missing-element 1"])
        XCTAssertTrue(ds[0].message.contains("http://www.ksrf.ru/ru/Decision/Pages/default.aspx"), ds[0].message)
    }

    func testOneActWrittenTwoWaysIsOneAct() {
        let url = "https://adilet.zan.kz/rus/docs/Z010000148_"
        let short = "Закон Республики Казахстан от 23 января 2001 года № 148 «О местном государственном управлении и самоуправлении в Республике Казахстан» // ИПС «Әділет». URL: \(url) (дата обращения 14.03.2023)."
        let long = short.replacingOccurrences(of: "№ 148", with: "№ 148-II")
        XCTAssertEqual(LintFixture.lint([
            (short, { t, id in LintFixture.act(.law, in: t, footnote: id, date: "2001-01-23", number: "148", url: url, accessed: "2023-03-14") }),
            (long, { t, id in LintFixture.act(.law, in: t, footnote: id, date: "2001", number: "148-II", url: url, accessed: "2023-03-14") }),
        ]), [])
        // One constitution cited in two editions (seed footnote 1 style): one document.
        let constitution = "http://pravo.gov.ru/proxy/ips/?docbody=&nd=102027595"
        let text = "Конституция Российской Федерации // Официальный интернет-портал правовой информации. URL: \(constitution) (дата обращения: 15.01.2024)."
        XCTAssertEqual(LintFixture.lint([
            (text, { t, id in LintFixture.act(.constitution, in: t, footnote: id, jurisdiction: "RU", date: "1993-12-12", url: constitution, accessed: "2024-01-15") }),
            (text, { t, id in LintFixture.act(.constitution, in: t, footnote: id, jurisdiction: "RU", date: "2020-07-01", url: constitution, accessed: "2024-01-15") }),
        ], today: "2024-06-01"), [])
    }

    func testAStraightQuoteNestedInAnotherIsBalancedAndAStrayOneIsFoundWhereItOpens() {
        let notes = ["Федеральный закон от 25.07.2011 № 261-ФЗ \"О внесении изменений в Федеральный закон \"О персональных данных\"\" // СПС.",
                     "Федеральный закон от 27.07.2006 № 152-ФЗ \"О персональных данных // СПС \"КонсультантПлюс\"."]
        let ds = CitationLinter(today: LintRun.today).lint(LintFixture.document(notes))
        XCTAssertEqual(codes(ds), ["unbalanced-quotes 2"])
        XCTAssertEqual(ds[0].span?.start, 41)   // the quote before `О персональных данных`
    }
}
