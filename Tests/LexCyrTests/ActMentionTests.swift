import LexCyr
import LexCyrUnicode
import Testing

/// Mentions of acts in running text, in any grammatical case, and their ties to citations.
@Suite("Act mentions in running text")
struct ActMentionTests {
    static var mentions: [ActReference] { Corpus.seed.acts.filter { !$0.isCitation } }

    /// The mentions ActExtractor finds in a body text with no footnotes.
    static func mentions(in text: String) -> [ActReference] {
        let tokenizer = try! Tokenizer(locale: "ru")
        return ActExtractor().extract(body: TextUnit(text, tokenizer: tokenizer), footnotes: [], markers: [])
    }

    @Test("Body mentions are no citations and belong to no footnote")
    func mentionsAreNotCitations() {
        #expect(!Self.mentions.isEmpty)
        #expect(Self.mentions.allSatisfy { $0.footnote == nil && !$0.isCitation })
    }

    @Test("The seed's constitutions: of 1993, of the Kazakh SSR, and the one in force")
    func constitutions() {
        let of1993 = Self.mentions.filter { $0.text == "Конституции 1993 года" }
        #expect(of1993.count == 5)
        #expect(of1993.allSatisfy { $0.type == .constitution && $0.date == "1993" && $0.actID == "kz/constitution/1993" })
        let soviet = Self.mentions.filter { $0.text.hasSuffix("Казахской ССР") }
        #expect(soviet.map(\.text) == ["Конституции Казахской ССР", "Конституцию Казахской ССР"])
        #expect(soviet.allSatisfy { $0.jurisdiction == "KZ" && $0.actID == "kz/constitution/ssr" })
    }

    @Test("«23 июня 2001 года Указом Президента» is tied by its footnote marker to decree № 633")
    func decreeTiedByMarker() throws {
        let mention = try #require(Self.mentions.first { $0.text.hasSuffix("Указом Президента") })
        #expect(mention.type == .decree && mention.issuer == "president" && mention.date == "2001-06-23")
        let cited = try #require(Corpus.seed.acts.first { $0.footnote == 16 })
        #expect(mention.actID == cited.actID)
    }

    @Test("«Конституционного закона о Президенте Республики» names the law the 2007 amendment amends")
    func constitutionalLawByDescription() throws {
        let mentions = Self.mentions.filter { $0.type == .constitutionalLaw }
        #expect(mentions.map(\.text) == ["Конституционного закона о Президенте Республики", "Конституционный закон о Президенте"])
        let amendment = try #require(Corpus.seed.acts.first { $0.footnote == 10 })
        #expect(amendment.relations.map(\.kind) == ["amends"])
        #expect(mentions.allSatisfy { $0.actID == amendment.relations.first?.actID })
    }

    @Test("«закон о местном управлении» in any case is a law; the marker after it ties it to law № 148")
    func lawOnLocalGovernment() {
        let laws = Self.mentions.filter { $0.type == .law }
        #expect(laws.count == 5)
        #expect(Set(laws.map { $0.text.split(separator: " ").first! }) == ["закон", "закона", "закону"])
        #expect(laws.allSatisfy { $0.actID == "kz/law/2001-01-23/148" })
    }

    @Test("The address and the decree implementing it share the address's id")
    func addressAndImplementation() throws {
        let address = try #require(Corpus.seed.acts.first { $0.footnote == 25 })
        let decree = try #require(Corpus.seed.acts.first { $0.footnote == 26 })
        #expect(decree.relations == [.init(kind: "implements", actID: address.actID)])
        #expect(Self.mentions.filter { $0.type == .address }.allSatisfy { $0.actID == address.actID })
    }

    @Test("Generic words are no mentions: «а законом», «законов», «федеральным законом», keywords")
    func genericWords() {
        #expect(!Self.mentions.contains { $0.text == "законом" || $0.text.hasPrefix("законов") })
        let generic = Self.mentions(in: "Ограничение допустимо лишь федеральным законом. Законы принимаются Парламентом. Закон обратной силы не имеет.")
        #expect(generic.isEmpty, "\(generic.map(\.text))")
        #expect(Self.mentions(in: "Ключевые слова: Конституция, закон, Президент.").isEmpty)
    }

    @Test("Mentions in Kazakh, with the fields before the type word")
    func kazakhMentions() throws {
        let doc = ActCitationTests.kazakhDocument
        let found = doc.acts.filter { !$0.isCitation }
        let decree = try #require(found.first { $0.text == "Президенттің Жарлығы" })
        #expect(decree.type == .decree && decree.issuer == "president")
        let law = try #require(found.first { $0.text == "«Құқықтық актілер туралы» Заң" })
        #expect(law.type == .law && law.actID == "kz/law/2016-04-06/480-V")
        let code = try #require(found.first { $0.text == "Салық кодексінде" })
        #expect(code.type == .code && code.actID == doc.acts.first { $0.footnote == 8 }?.actID)
        #expect(found.filter { $0.type == .constitution }.allSatisfy { $0.actID == "kz/constitution/1995" })
        #expect(!found.contains { $0.type == .treaty }, "«келісім беру» is consent, not a treaty")
    }

    @Test("Russian mentions: a code by its name, a court decision by its number, Soviet constitutions")
    func russianMentions() {
        let found = ActCitationTests.russianDocument.acts.filter { !$0.isCitation }
        #expect(found.contains { $0.text == "Кодекс Российской Федерации об административных правонарушениях" && $0.actID == "ru/code/2001-12-30/195-ФЗ" })
        #expect(found.contains { $0.type == .courtDecision && $0.number == "12-П" && $0.actID == "ru/court_decision/2016-04-19/12-П" })
        #expect(found.contains { $0.text == "Конституцией СССР 1977 года" && $0.jurisdiction == "SU" })
        #expect(found.contains { $0.text == "Конституцией РСФСР 1978 года" && $0.jurisdiction == "RU" && $0.actID == "ru/constitution/1978" })
        #expect(!found.contains { $0.text.hasPrefix("федеральным законом") })
    }
}

/// Codes cited by abbreviation in running text.
@Suite("Act mentions: code abbreviations")
struct ActAbbreviationTests {
    @Test("«ст. 152 ГК РФ» and «УК РК» are codes of their state; «ГК» alone is not")
    func abbreviations() {
        let found = ActMentionTests.mentions(in: "В силу ст. 152 ГК РФ и ст. 147 УК РК, а также КоАП РФ, честь защищается. Компания ГК «Восток» здесь ни при чем.")
        #expect(found.map(\.text) == ["ГК РФ", "УК РК", "КоАП РФ"])
        #expect(found.map { $0.jurisdiction ?? "" } == ["RU", "KZ", "RU"])
        #expect(found.allSatisfy { $0.type == .code && $0.title == nil })
    }

    @Test("An abbreviated code takes the id of the code the document cites by name")
    func abbreviationLinksToCitation() throws {
        let tokenizer = try Tokenizer(locale: "ru")
        let body = TextUnit("Согласно ст. 1 ГК РФ сделка недействительна.", tokenizer: tokenizer)
        let note = TextUnit("Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ // СЗ РФ. 1994. № 32. Ст. 3301.", footnote: 1, tokenizer: tokenizer)
        let acts = ActExtractor().extract(body: body, footnotes: [note], markers: [])
        #expect(Set(acts.map(\.actID)) == ["ru/code/1994-11-30/51-ФЗ"])
    }
}
