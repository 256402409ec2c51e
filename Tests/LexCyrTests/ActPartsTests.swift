@testable import LexCyrExtract
import LexCyr
import LexCyrUnicode
import Testing

/// The small parts of the act extractor: portal codes, Kazakh morphology, dates, numbers, quotes.
@Suite("Act extractor parts")
struct ActPartsTests {
    static func view(_ text: String) -> TokenView {
        TokenView(TextUnit(text, tokenizer: try! Tokenizer(locale: "ru")))
    }

    @Test("adilet.zan.kz codes of the seed decode to type, year and number",
          arguments: [("https://adilet.zan.kz/rus/docs/Z010000148_", ActReference.Kind.law, 2001, "148"),
                      ("https://adilet.zan.kz/rus/docs/U2200000912", .decree, 2022, "912"),
                      ("https://adilet.zan.kz/rus/docs/P2100000590#z104", .resolution, 2021, "590"),
                      ("https://adilet.zan.kz/rus/docs/Z1700000075#z352", .law, 2017, "75"),
                      ("https://adilet.zan.kz/rus/archive/docs/U010000633_/23.06.2001", .decree, 2001, "633")])
    func adiletCodes(url: String, type: ActReference.Kind, year: Int, number: String) throws {
        let code = try #require(ActURLDecoder.decode(url))
        #expect(code.portal == "adilet" && code.type == type && code.year == year && code.number == number)
    }

    @Test("Codes that carry no act number keep none: addresses, the Constitution, acts before 1995")
    func adiletCodesWithoutNumbers() throws {
        let address = try #require(ActURLDecoder.decode("https://adilet.zan.kz/rus/docs/K2000002020#z0"))
        #expect(address.type == .address && address.year == 2020 && address.number == nil)
        #expect(ActURLDecoder.decode("https://adilet.zan.kz/kaz/docs/K950001000_")?.number == nil)
        let old = try #require(ActURLDecoder.decode("https://adilet.zan.kz/rus/docs/Z930004200_"))
        #expect(old.year == 1993 && old.number == nil)
    }

    @Test("Russian portals keep their document codes")
    func russianPortals() {
        #expect(ActURLDecoder.decode("http://pravo.gov.ru/proxy/ips/?docbody=&nd=102800058")?.code == "102800058")
        #expect(ActURLDecoder.decode("https://www.consultant.ru/document/cons_doc_LAW_61801/")?.code == "LAW_61801")
        #expect(ActURLDecoder.decode("http://www.pravo.gov.ru") == nil)
    }

    @Test("The seed's footnote 31 cites law 91-VI with the URL of act 75: the code tells them apart")
    func urlMismatchIsVisible() throws {
        let act = try #require(Corpus.seed.acts.first { $0.footnote == 31 && $0.number == "91-VI" })
        #expect(act.urlCode?.number == "75" && act.urlCode?.year == 2017)
    }

    @Test("Kazakh forms of act words are recognised, other words are not",
          arguments: ["Жарлығымен", "Заңына", "заңы", "Конституциясының", "қаулысы", "Кодексінің", "бұйрығы", "Жолдауында"])
    func kazakhForms(word: String) throws {
        let (lemma, plural) = try #require(KazakhMorphology.analyse(Fold.lowerString(Array(word.unicodeScalars), 0..<word.unicodeScalars.count)))
        guard case .type = lemma.meaning else { Issue.record("\(word) is not a type word"); return }
        #expect(!plural)
    }

    @Test("Kazakh words that only look like act words", arguments: ["заңнама", "заңгер", "жарлы", "кодексизм"])
    func kazakhNonForms(word: String) {
        let lemma = KazakhMorphology.analyse(word)
        if let lemma, case .type = lemma.lemma.meaning { Issue.record("\(word) taken for \(lemma.lemma.stem)") }
    }

    @Test("Dates as citations write them", arguments: [("от 23 января 2001 года", "2001-01-23"), ("от 06.10.2003", "2003-10-06"),
                                                       ("от 6 октября 2003 г.", "2003-10-06"), ("2015 жылғы 23 қарашадағы", "2015-11-23"),
                                                       ("Конституции 1993 года", "1993"), ("(дата обращения 14.03.2023)", "2023-03-14")])
    func dates(text: String, iso: String) throws {
        let v = Self.view(text)
        let first = try #require(v.tokens.firstIndex { $0.kind == .number })
        #expect(DateReader.read(v, at: first)?.iso == iso)
    }

    @Test("Act numbers as written", arguments: [("№ 148 «О", "148"), ("N 1484»", "1484"), ("№ 51-VI ЗРК «О", "51-VI ЗРК"),
                                                 ("№ 2572-XII «Об", "2572-XII"), ("№ 8/187 «Об", "8/187"), ("№ 152-ФЗ", "152-ФЗ"),
                                                 ("№ 1-ФКЗ.", "1-ФКЗ"), ("№ 9-П;", "9-П"), ("№ 123н //", "123н"), ("№ 416-V ҚРЗ «", "416-V ҚРЗ")])
    func numbers(text: String, number: String) {
        let v = Self.view(text)
        #expect(NumberReader.read(v, at: 0)?.value(in: v) == number)
    }

    @Test("A title's closing quote: nested quotes, straight quotes, and a missing one")
    func quotes() {
        let nested = Array("«О внесении в Конституционный закон \"О Президенте\"» // ИПС «Әділет»".unicodeScalars)
        #expect(Brackets.quote(nested, at: 0, limit: nested.count).close == 50)
        let straight = Array("\"О внесении изменений в Закон \"О выборах\"\" // СЗ".unicodeScalars)
        #expect(Brackets.quote(straight, at: 0, limit: straight.count).close == 41)
        let unclosed = Array("«О государственной службе // ИПС «Әділет»".unicodeScalars)
        let c = Brackets.quote(unclosed, at: 0, limit: unclosed.count)
        #expect(c.close == nil && c.end == 25)
    }

    @Test("Readable ids: the Kazakh number suffix and Cyrillic Roman numerals do not split one act")
    func numbersInIDs() {
        #expect(ActIdentity.normalizedNumber("416-V ЗРК") == "416-V")
        #expect(ActIdentity.normalizedNumber("327-VІ") == "327-VI")
        #expect(ActIdentity.normalizedNumber("8/187") == "8_187")
    }
}
