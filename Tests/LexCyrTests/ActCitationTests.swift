import LexCyr
import LexCyrEval
import LexCyrUnicode
import Testing

/// Footnote citations of legal acts: every field, in the forms authors write them.
@Suite("Act citations in footnotes")
struct ActCitationTests {
    /// The citations ActExtractor finds in one footnote.
    static func cite(_ footnote: String) -> [ActReference] {
        let tokenizer = try! Tokenizer(locale: "ru")
        let body = TextUnit("", tokenizer: tokenizer)
        let note = TextUnit(footnote, footnote: 1, tokenizer: tokenizer)
        return ActExtractor().extract(body: body, footnotes: [note], markers: []).filter(\.isCitation)
    }

    static let russianDocument: Document = try! Corpus.pipeline().process(path: Corpus.directory + "/citations/ru-federal-citations.txt")
    static let kazakhDocument: Document = try! Corpus.pipeline().process(path: Corpus.directory + "/citations/kk-citations.txt")

    @Test("The seed's 29 citations are found with their fields, and no act in the book footnote")
    func seedCitations() throws {
        let entry = try #require(try CorpusRunner(root: Corpus.directory).entries().first { $0.name.hasPrefix("seed/") })
        let report = Evaluator().evaluate(Corpus.seed, gold: entry.gold, name: entry.name)
        let acts = try #require(report.score("acts"))
        #expect(acts.truePositives == 29 && acts.falsePositives == 0, "\(report.findings)")
        #expect(try #require(report.ratio("act_fields")) >= 0.98, "\(report.findings)")
        #expect(report.ratio("not_acts_clean") == 1)
        #expect(!Corpus.seed.acts.contains { $0.footnote == 32 })
    }

    @Test("The four citations of law № 148 share one readable act_id")
    func lawCitedFourTimesHasOneID() {
        let law148 = Corpus.seed.acts.filter { $0.isCitation && $0.number == "148" }
        #expect(law148.map { $0.footnote ?? 0 } == [8, 9, 13, 28])
        #expect(Set(law148.map(\.actID)) == ["kz/law/2001-01-23/148"])
        let ids = Set(Corpus.seed.acts.filter(\.isCitation).map(\.actID))
        #expect(ids.count == 25, "29 citations of 25 distinct acts")
    }

    @Test("Titles whose closing quote is missing end before the official source")
    func unclosedTitles() {
        for id in [8, 9] {
            let act = Corpus.seed.acts.first { $0.footnote == id && $0.isCitation }
            #expect(act?.title == "О местном государственном управлении и самоуправлении в Республике Казахстан")
        }
        let service = Corpus.seed.acts.first { $0.footnote == 14 && $0.number == "416-V ЗРК" }
        #expect(service?.title == "О государственной службе Республики Казахстан")
        #expect(service?.accessed == "2023-03-13")
    }

    @Test("A resolution told in a sentence: date before the issuer, issuer before the type")
    func narrativeCitation() throws {
        let act = try #require(Corpus.seed.acts.first { $0.footnote == 15 })
        #expect(act.type == .resolution)
        #expect(act.issuer == "central_election_commission")
        #expect(act.date == "1999-04-23")
        #expect(act.number == "8/187")
    }

    @Test("Every record's text is the slice its span points at")
    func spansMatchText() {
        for doc in [Corpus.seed, Self.russianDocument, Self.kazakhDocument] {
            let body = Array(doc.text.unicodeScalars)
            for act in doc.acts {
                let source = act.footnote.flatMap { doc.footnote($0) }.map { Array($0.text.unicodeScalars) } ?? body
                #expect(act.start <= act.end && act.end <= source.count)
                #expect(String(String.UnicodeScalarView(source[act.start..<act.end])) == act.text)
            }
        }
    }

    @Test("Russian federal and Kazakh citation documents reach the precision and recall asked for",
          arguments: ["citations/ru-federal-citations.txt", "citations/kk-citations.txt"])
    func citationDocuments(name: String) throws {
        let entry = try #require(try CorpusRunner(root: Corpus.directory).entries().first { $0.name == name })
        let doc = name.hasPrefix("citations/ru") ? Self.russianDocument : Self.kazakhDocument
        let report = Evaluator().evaluate(doc, gold: entry.gold, name: entry.name)
        let acts = try #require(report.score("acts"))
        #expect(acts.precision >= 0.97 && acts.recall >= 0.95, "\(report.findings)")
        #expect(try #require(report.ratio("act_fields")) >= 0.98, "\(report.findings)")
        #expect(report.ratio("not_acts_clean") == 1, "\(report.findings)")
        #expect(report.ratio("act_id_consistent") == 1)
    }

    @Test("A Russian-language and a Kazakh-language citation of one law share its act_id")
    func sameLawInTwoLanguages() {
        let ids = Self.kazakhDocument.acts.filter { $0.footnote == 12 || $0.footnote == 18 }.map(\.actID)
        #expect(ids == ["kz/law/2016-04-06/480-V", "kz/law/2016-04-06/480-V"])
    }

    @Test("Title first (GOST R 7.0.100), abbreviated type, Garant URL, access date in words")
    func formatVariants() throws {
        let a = try #require(Self.cite("Об образовании в Российской Федерации: федер. закон от 29.12.2012 № 273-ФЗ // Собрание законодательства РФ. 2012. № 53 (ч. 1). Ст. 7598.").first)
        #expect(a.type == .law && a.jurisdiction == "RU" && a.number == "273-ФЗ" && a.date == "2012-12-29")
        #expect(a.title == "Об образовании в Российской Федерации")

        let b = try #require(Self.cite("Федеральный закон «О персональных данных» от 27.07.2006 N 152-ФЗ (последняя редакция) [Электронный ресурс] // СПС «Гарант». URL: https://base.garant.ru/12148567/ (дата обращения 14 марта 2023 г.).").first)
        #expect(b.title == "О персональных данных" && b.number == "152-ФЗ" && b.date == "2006-07-27")
        #expect(b.url == "https://base.garant.ru/12148567/" && b.accessed == "2023-03-14")
    }

    @Test("Other states: Belarus, Uzbekistan (number with letters first), Kyrgyzstan")
    func otherStates() throws {
        let by = try #require(Self.cite("Указ Президента Республики Беларусь от 1 февраля 2010 г. № 60 «О мерах по совершенствованию использования национального сегмента сети Интернет» // Нац. реестр правовых актов Респ. Беларусь. 2010. № 56. 1/11368.").first)
        #expect(by.type == .decree && by.jurisdiction == "BY" && by.number == "60" && by.date == "2010-02-01")
        let uz = try #require(Self.cite("Закон Республики Узбекистан от 20.04.2021 г. № ЗРУ-682 «О нормативно-правовых актах» // Национальная база данных законодательства. URL: https://lex.uz/docs/5378968 (дата обращения: 02.03.2024).").first)
        #expect(uz.jurisdiction == "UZ" && uz.number == "ЗРУ-682" && uz.date == "2021-04-20" && uz.accessed == "2024-03-02")
        let kg = try #require(Self.cite("См.: Закон Кыргызской Республики от 20 июля 2009 года № 241 «О нормативных правовых актах Кыргызской Республики».").first)
        #expect(kg.jurisdiction == "KG" && kg.type == .law && kg.number == "241")
    }

    @Test("Court decisions: Supreme Court chambers and numbers with letters")
    func courtDecisions() throws {
        let a = try #require(Self.cite("Определение Судебной коллегии по гражданским делам Верховного Суда РФ от 15.03.2016 № 5-КГ15-204 // СПС «КонсультантПлюс».").first)
        #expect(a.type == .courtDecision && a.issuer == "supreme_court" && a.number == "5-КГ15-204" && a.date == "2016-03-15")
        let b = try #require(Self.cite("Решение Верховного Суда РФ от 10.05.2018 № АКПИ18-123.").first)
        #expect(b.type == .courtDecision && b.number == "АКПИ18-123")
        #expect(Self.cite("Такое решение было принято 10.05.2018.").isEmpty, "an ordinary решение is no act")
    }

    @Test("Kazakh word order, with the title first or last, and with N for the number sign")
    func kazakhOrder() throws {
        let a = try #require(Self.cite("Қазақстан Республикасының 2008 жылғы 5 шілдедегі N 62-IV Заңы.").first)
        #expect(a.type == .law && a.jurisdiction == "KZ" && a.date == "2008-07-05" && a.number == "62-IV")
        let b = try #require(Self.cite("«Мемлекеттік мүлік туралы» 2011 жылғы 1 наурыздағы Қазақстан Республикасы Заңы.").first)
        #expect(b.title == "Мемлекеттік мүлік туралы" && b.date == "2011-03-01" && b.number == nil)
        let c = try #require(Self.cite("Қазақстан Республикасы Мәдениет және спорт министрінің 2014 жылғы 3 қарашадағы № 69 бұйрығы.").first)
        #expect(c.type == .order && c.issuer == "ministry" && c.number == "69")
    }

    @Test("Two citations in one footnote without a semicolon, after the first one's source")
    func citationsSplitAfterSource() {
        let acts = Self.cite("Федеральный закон от 25.12.2008 № 273-ФЗ «О противодействии коррупции» // СЗ РФ. 2008. № 52 (ч. 1). Ст. 6228. Указ Президента РФ от 02.04.2013 № 309 «О мерах по реализации отдельных положений Федерального закона \"О противодействии коррупции\"» // СЗ РФ. 2013. № 14. Ст. 1670.")
        #expect(acts.map(\.number) == ["273-ФЗ", "309"])
        #expect(acts.last?.relations.first?.kind == "implements")
        #expect(acts.last?.relations.first?.actID == acts.first?.actID, "the law named in the title is the one cited before")
    }

    @Test("Books, commentaries, articles, web pages and ibid are not acts")
    func publicationsAreNotActs() {
        for text in ["Комментарий к Федеральному закону «О персональных данных» / под ред. А.А. Иванова. М., 2020. 320 с.",
                     "Иванов И. И. Закон «О местном самоуправлении»: проблемы применения // Журнал российского права. 2010. № 5. С. 12–20.",
                     "См.: Баглай М.В. Конституционное право Российской Федерации. М.: Норма, 2007. 784 с.",
                     "Официальный сайт Президента Республики Казахстан. URL: https://www.akorda.kz (дата обращения: 01.03.2024).",
                     "Там же. Ст. 5."] {
            #expect(Self.cite(text).isEmpty, "\(text)")
        }
    }
}

/// More citation forms of Russian federal bodies and courts.
@Suite("Act citations: agencies, letters, commercial courts, op. cit.")
struct ActCitationMoreTests {
    @Test("Orders of federal services and ministry letters, numbers with letters and @")
    func agencies() throws {
        let a = try #require(ActCitationTests.cite("Приказ ФНС России от 09.12.2022 № ЕД-7-15/1177@ «Об утверждении формы заявления» (Зарегистрировано в Минюсте России 30.12.2022 № 71921).").first)
        #expect(a.type == .order && a.issuer == "agency" && a.number == "ЕД-7-15/1177@" && a.date == "2022-12-09")
        let b = try #require(ActCitationTests.cite("Письмо Минфина России от 12.03.2020 № 03-04-06/18933 // СПС «КонсультантПлюс».").first)
        #expect(b.type == .other && b.issuer == "ministry" && b.number == "03-04-06/18933")
    }

    @Test("A commercial court decision with its case number, and a Kazakh decree with the force of a law")
    func courtsAndDecrees() throws {
        let a = try #require(ActCitationTests.cite("Решение Арбитражного суда г. Москвы от 01.02.2021 по делу № А40-123456/2020.").first)
        #expect(a.type == .courtDecision && a.date == "2021-02-01" && a.number == "А40-123456/2020")
        let b = try #require(ActCitationTests.cite("Указ Президента Республики Казахстан, имеющий силу конституционного закона, от 26 декабря 1995 года № 2733 «О Президенте Республики Казахстан».").first)
        #expect(b.type == .decree && b.jurisdiction == "KZ" && b.date == "1995-12-26" && b.number == "2733")
        #expect(b.title == "О Президенте Республики Казахстан")
    }

    @Test("«Указ. соч.» is op. cit., not a decree")
    func opCit() {
        #expect(ActCitationTests.cite("Иванов И.И. Указ. соч. С. 15.").isEmpty)
        #expect(ActCitationTests.cite("Указ. соч. С. 15.").isEmpty)
        #expect(ActMentionTests.mentions(in: "Как отмечает автор (указ. соч., с. 5), это так.").isEmpty)
    }

    @Test("GOST R 7.0.100 constitution: name first, adoption date after a colon")
    func gost100Constitution() throws {
        let a = try #require(ActCitationTests.cite("Конституция Российской Федерации : принята всенародным голосованием 12 декабря 1993 года : с изменениями, одобренными в ходе общероссийского голосования 1 июля 2020 года. – Текст : электронный // Официальный интернет-портал правовой информации. – URL: http://pravo.gov.ru (дата обращения: 01.02.2024).").first)
        #expect(a.type == .constitution && a.date == "1993-12-12" && a.title == "Конституция Российской Федерации")
        #expect(a.url == "http://pravo.gov.ru" && a.accessed == "2024-02-01")
    }
}
