import LexCyr
import XCTest

/// The checks that compare a citation's fields: URL, dates, elements, number format. Footnote
/// texts are the seed's (or the lint corpus's), with the defect planted where a test needs one.
final class LintCitationCheckTests: XCTestCase {
    private let law148 = "См.: Закон Республики Казахстан от 23 января 2001 года № 148 «О местном государственном управлении и самоуправлении в Республике Казахстан» // ИПС «Әділет»: сайт. URL: https://adilet.zan.kz/rus/docs/Z010000148_ (дата обращения 14.03.2023)."
    private let decree912 = "См.: Указ Президента Республики Казахстан от 8 июня 2022 года № 912 «Об утверждении Правил дачи согласия депутатами маслихатов» // ИПС «Әділет»: сайт. URL: https://adilet.zan.kz/rus/docs/U2200000912 (дата обращения: 13.03.2023)."

    private func law148(url: String = "https://adilet.zan.kz/rus/docs/Z010000148_", accessed: String? = "2023-03-14") -> (String, Int) -> ActReference {
        { text, id in LintFixture.act(.law, in: text, footnote: id, date: "2001-01-23", number: "148", url: url, accessed: accessed) }
    }

    private func codes(_ ds: [Diagnostic]) -> [String] { ds.map { "\($0.code) \($0.footnote ?? -1)" } }

    // MARK: url-mismatch

    func testAnAdiletCodeOfAnotherYearTypeOrNumberIsAMismatch() {
        for (code, reason) in [("Z020000148_", "is of 2002"), ("U010000148_", "is a decree"), ("Z010000184_", "encodes № 184")] {
            let url = "https://adilet.zan.kz/rus/docs/" + code
            let text = law148.replacingOccurrences(of: "https://adilet.zan.kz/rus/docs/Z010000148_", with: url)
            let ds = LintFixture.lint([(text, law148(url: url))])
            XCTAssertEqual(codes(ds), ["url-mismatch 1"], code)
            XCTAssertTrue(ds[0].message.contains(reason), ds[0].message)
            XCTAssertEqual(ds[0].severity, .error)
        }
    }

    func testTheSameActCitedTwiceWithItsURLIsFine() {
        XCTAssertEqual(LintFixture.lint([(law148, law148()), (law148, law148())]), [])
    }

    func testDecreesWithTheForceOfLawOf1995ArePublishedAsDecrees() {
        let text = "См.: Конституционный закон Республики Казахстан от 26 декабря 1995 года № 2733 «О Президенте Республики Казахстан» // ИПС «Әділет»: сайт. URL: https://adilet.zan.kz/rus/docs/U950002733_ (дата обращения 13.03.2023)."
        let ds = LintFixture.lint([(text, { t, id in
            LintFixture.act(.constitutionalLaw, in: t, footnote: id, date: "1995-12-26", number: "2733",
                            url: "https://adilet.zan.kz/rus/docs/U950002733_", accessed: "2023-03-13")
        })])
        XCTAssertEqual(ds, [])
    }

    func testOneDocumentURLForTwoDifferentActsBlamesTheLaterCitation() {
        // ru-personal-data.txt, footnotes 2 and 6: law 261-ФЗ is given law 152-ФЗ's page.
        let url = "https://www.consultant.ru/document/cons_doc_LAW_61801/"
        let first = "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных» // СПС «КонсультантПлюс». URL: \(url) (дата обращения: 10.11.2023)."
        let second = "Федеральный закон от 25.07.2011 № 261-ФЗ «О внесении изменений в Федеральный закон \"О персональных данных\"» // СПС «КонсультантПлюс». URL: \(url) (дата обращения: 10.11.2023)."
        let ds = LintFixture.lint([
            (first, { t, id in LintFixture.act(.law, in: t, footnote: id, jurisdiction: "RU", date: "2006-07-27", number: "152-ФЗ", url: url, accessed: "2023-11-10") }),
            (second, { t, id in LintFixture.act(.law, in: t, footnote: id, jurisdiction: "RU", date: "2011-07-25", number: "261-ФЗ", url: url, accessed: "2023-11-10") }),
        ])
        XCTAssertEqual(codes(ds), ["url-mismatch 2"])
    }

    func testACollectionThatPublishesSeveralActsIsNotOneActsURL() {
        // Seed footnote 15: the election commission's collection (a PDF) holds many resolutions.
        let url = "https://www.election.gov.kz/upload/docs/inform_sbornik_rus.pdf"
        let text = "Постановление № 8/187 «Об эксперименте» (Информационный сборник // Сайт. URL: \(url) (дата обращения 20.03.2023))."
        let ds = LintFixture.lint([
            (text, { t, id in LintFixture.act(.resolution, in: t, footnote: id, date: "1999-04-23", number: "8/187", url: url, accessed: "2023-03-20") }),
            (text, { t, id in LintFixture.act(.resolution, in: t, footnote: id, date: "1999-05-12", number: "9/201", url: url, accessed: "2023-03-20") }),
        ])
        XCTAssertEqual(ds, [])
    }

    // MARK: dates

    func testAnAccessDateBeforeTheActIsAnError() {
        let text = law148.replacingOccurrences(of: "14.03.2023", with: "14.03.2000")
        let ds = LintFixture.lint([(text, law148(accessed: "2000-03-14"))])
        XCTAssertEqual(codes(ds), ["accessed-before-act 1"])
        XCTAssertEqual(LintFixture.text(of: ds[0], in: LintFixture.document([text])), "14.03.2000")
    }

    func testDatesAreComparedAtThePrecisionBothAreWritten() {
        let ds = LintFixture.lint([(law148, { t, id in
            LintFixture.act(.law, in: t, footnote: id, date: "2023", number: "148", url: "https://adilet.zan.kz/rus/docs/Z010000148_", accessed: "2023-03-14")
        })])
        XCTAssertFalse(ds.contains { $0.code == "accessed-before-act" })
    }

    func testAnAccessDateAfterTodayIsAWarning() {
        XCTAssertEqual(codes(LintFixture.lint([(law148, nil)], today: "2023-03-13")), ["accessed-in-future 1"])
        XCTAssertEqual(LintFixture.lint([(law148, nil)], today: "2023-03-14"), [])
        // Kazakh citations: `қаралған күні`.
        let kk = "«Әділет» АҚЖ. URL: https://adilet.zan.kz/kaz/docs/Z1500000416 (қаралған күні: 13.03.2031)."
        XCTAssertEqual(codes(LintFixture.lint([(kk, nil)])), ["accessed-in-future 1"])
    }

    func testDaysThatDoNotExistAreErrors() {
        let notes = ["URL: https://adilet.zan.kz/rus/archive/docs/U010000633_/29.02.2001 (дата обращения 29.02.2020).",
                     "Указ от 31 апреля 2019 года № 5 (дата обращения 13.13.2020).",
                     "МРНТИ 10.15.59; ред. 1.12.2019; версия 2.31.02.2020.1"]
        let ds = CitationLinter(today: LintRun.today).lint(LintFixture.document(notes))
        XCTAssertEqual(codes(ds), ["impossible-date 1", "impossible-date 2", "impossible-date 2"])
        XCTAssertTrue(ds[0].message.hasPrefix("29.02.2001 is not a date"), ds[0].message)
        XCTAssertEqual(ds.map { LintFixture.text(of: $0, in: LintFixture.document(notes)) }, ["29.02.2001", "31 апреля 2019 года", "13.13.2020"])
    }

    // MARK: missing-element

    func testACitationWithoutItsNumberIsReportedOnlyWhenTheTextLacksIt() {
        // kz-maslikhat-powers.txt footnote 8: the decree has no number.
        let bare = "См.: Указ Президента Республики Казахстан от 29 декабря 2015 года «Об утверждении Реестра должностей» // ИПС «Әділет»: сайт. URL: https://adilet.zan.kz/rus/docs/U1500000150 (дата обращения 13.03.2023)."
        let act: (String, Int) -> ActReference = { t, id in
            LintFixture.act(.decree, in: t, footnote: id, date: "2015-12-29", number: nil, url: "https://adilet.zan.kz/rus/docs/U1500000150", accessed: "2023-03-13")
        }
        let ds = LintFixture.lint([(bare, act)])
        XCTAssertEqual(codes(ds), ["missing-element 1"])
        XCTAssertTrue(ds[0].message.hasSuffix("lacks its number"), ds[0].message)
        XCTAssertEqual(ds[0].severity, .warning)
        // With `№ 150` in the text, an empty field is the extractor's miss, not the author's.
        XCTAssertEqual(LintFixture.lint([(bare.replacingOccurrences(of: "года «", with: "года № 150 «"), act)]), [])
    }

    func testAURLWithoutAccessDateIsReported() {
        let text = "Указ Президента РФ от 06.03.1997 № 188 «Об утверждении Перечня сведений конфиденциального характера» // Официальный интернет-портал правовой информации. URL: http://pravo.gov.ru/proxy/ips/?docbody=&nd=102046000."
        let ds = LintFixture.lint([(text, { t, id in
            LintFixture.act(.decree, in: t, footnote: id, jurisdiction: "RU", date: "1997-03-06", number: "188", url: "http://pravo.gov.ru/proxy/ips/?docbody=&nd=102046000")
        })])
        XCTAssertEqual(codes(ds), ["missing-element 1"])
        XCTAssertTrue(ds[0].message.contains("access date"), ds[0].message)
        // An address has no number (seed footnote 25), a constitution needs no date.
        let address = "См.: Послание Главы государства народу Казахстана от 1 сентября 2020 года «Казахстан в новой реальности: время действий» // ИПС «Әділет»: сайт. URL: https://adilet.zan.kz/rus/docs/K2000002020#z0 (дата обращения 23.03.2023)."
        XCTAssertEqual(LintFixture.lint([(address, { t, id in
            LintFixture.act(.address, in: t, footnote: id, date: "2020-09-01", url: "https://adilet.zan.kz/rus/docs/K2000002020#z0", accessed: "2023-03-23")
        })]), [])
    }

    // MARK: number-format

    func testARussianFederalLawIsNumberedWithFZ() {
        func lint(_ number: String, _ header: String = "Федеральный закон", type: ActReference.Kind = .law) -> [String] {
            let text = "\(header) от 27.07.2006 № \(number) «О персональных данных» // СПС «КонсультантПлюс»."
            return codes(LintFixture.lint([(text, { t, id in
                LintFixture.act(type, in: t, footnote: id, jurisdiction: "RU", date: "2006-07-27", number: number)
            })]))
        }
        XCTAssertEqual(lint("152"), ["number-format 1"])
        XCTAssertEqual(lint("152-ФЗ"), [])
        XCTAssertEqual(lint("4-ФЗ", "Федеральный конституционный закон", type: .constitutionalLaw), ["number-format 1"])
        XCTAssertEqual(lint("4-ФКЗ", "Федеральный конституционный закон", type: .constitutionalLaw), [])
        XCTAssertEqual(lint("17", "Закон города Москвы"), [], "regional laws have their own numbering")
    }
}
