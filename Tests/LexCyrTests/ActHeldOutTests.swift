import LexCyr
import LexCyrEval
import Testing

/// The forms found in the held-out documents (`Corpus/citations/heldout*`): written before the
/// extractor saw them and scored blind, then used to generalise the rules these tests state.
@Suite("Act references: forms from the held-out documents")
struct ActHeldOutTests {
    static func load(_ name: String) -> Document {
        try! Corpus.pipeline().process(path: Corpus.directory + "/citations/" + name)
    }

    static let russian = load("heldout-ru-remote-work.txt")
    static let kazakh = load("heldout-kk-personal-data.txt")
    static let mixed = load("heldout2-ru-kz-electoral-courts.txt")
    static let third = load("heldout3-ru-kz-information-law.txt")

    static func cited(_ doc: Document, _ footnote: Int) -> [ActReference] {
        doc.acts.filter { $0.isCitation && $0.footnote == footnote }
    }

    static func mention(_ doc: Document, _ text: String) -> ActReference? {
        doc.acts.first { !$0.isCitation && $0.text == text }
    }

    @Test("Each held-out document reaches the thresholds for citations, fields and body mentions",
          arguments: ["heldout-ru-remote-work.txt", "heldout-kk-personal-data.txt",
                      "heldout2-ru-kz-electoral-courts.txt", "heldout3-ru-kz-information-law.txt"])
    func thresholds(name: String) throws {
        let entry = try #require(try CorpusRunner(root: Corpus.directory).entries().first { $0.name == "citations/" + name })
        let doc = [Self.russian, Self.kazakh, Self.mixed, Self.third].first { $0.source.path.hasSuffix(name) }!
        let report = Evaluator().evaluate(doc, gold: entry.gold, name: entry.name)
        let acts = try #require(report.score("acts")), mentions = try #require(report.score("mentions"))
        #expect(acts.precision >= 0.97 && acts.recall >= 0.95, "\(report.findings)")
        #expect(try #require(report.ratio("act_fields")) >= 0.98, "\(report.findings)")
        #expect(mentions.precision >= 0.97 && mentions.recall >= 0.95, "\(report.findings)")
        #expect(try #require(report.ratio("mention_fields")) >= 0.95, "\(report.findings)")
        #expect(report.ratio("not_acts_clean") == 1, "\(report.findings)")
    }

    @Test("Court panels, appeal rulings and the ECHR: every decision of a list, an international court has no state")
    func courts() throws {
        #expect(Self.cited(Self.russian, 14).map { $0.number ?? "-" } == ["384-О", "5-КГ22-94-К2", "33-14523/2022"])
        #expect(Self.cited(Self.russian, 14).allSatisfy { $0.type == .courtDecision })
        let echr = try #require(Self.cited(Self.russian, 26).first)
        #expect(echr.type == .courtDecision && echr.jurisdiction == nil && echr.number == nil)
        #expect(echr.title == "Барбулеску (Bărbulescu) против Румынии", "the application number is not the judgment's")
    }

    @Test("`ФЗ от …` is a federal law; the `ФЗ` of a number is not")
    func abbreviatedFederalLaw() {
        let laws = Self.cited(Self.russian, 33)
        #expect(laws.map { $0.number ?? "-" } == ["242-ФЗ", "519-ФЗ"])
        #expect(laws.allSatisfy { $0.type == .law && $0.jurisdiction == "RU" })
        let personalData = Self.cited(Self.russian, 4).first?.actID
        #expect(laws[1].relations.map(\.actID) == [personalData ?? "?"], "519-ФЗ amends 152-ФЗ, named in its title")
        #expect(ActCitationTests.cite("Федеральный закон 152-ФЗ «О персональных данных».").count == 1)
    }

    @Test("GOST R 7.0.100: a heading `Российская Федерация. Президент.` is no part of the title; `(www.…)` is the URL")
    func gostHeading() throws {
        let decree = try #require(Self.cited(Self.russian, 35).first)
        #expect(decree.title == "О национальных целях развития Российской Федерации на период до 2030 года")
        #expect(decree.url == "www.pravo.gov.ru" && decree.number == "474")
    }

    @Test("Names of codes and constitutions: genitives, `(Основной Закон)`, hyphenated words, `Кодекс законов о труде`")
    func names() {
        #expect(Self.cited(Self.mixed, 6).first?.title == "Кодекс административного судопроизводства Российской Федерации")
        #expect(Self.cited(Self.mixed, 3).first?.title == "Конституция (Основной Закон) Союза Советских Социалистических Республик")
        #expect(Self.cited(Self.mixed, 3).first?.jurisdiction == "SU")
        #expect(Self.cited(Self.mixed, 16).first?.title == "Административный процедурно-процессуальный кодекс Республики Казахстан")
        let labourCode = Self.cited(Self.russian, 31).first
        #expect(labourCode?.title == "Кодекс законов о труде РСФСР" && labourCode?.date == "1971-12-09", "`(утв. ВС РСФСР 09.12.1971)`")
    }

    @Test("Dates and numbers: `31 дек. 2015 г.`, `№ 10339-7 ГД`, the official text of the Constitution as a booklet")
    func datesNumbersBooklets() {
        #expect(Self.cited(Self.third, 8).first?.date == "2015-12-31")
        #expect(Self.cited(Self.third, 13).first?.number == "10339-7 ГД")
        let constitution = Self.cited(Self.third, 2).first
        #expect(constitution?.type == .constitution && constitution?.date == nil, "`М. : Маркетинг, 2001` is the imprint, not the act's date")
    }

    @Test("Kazakh order for a word spelt alike in both languages, and a split before the next Kazakh phrase")
    func kazakhTreatyAndRatification() throws {
        let acts = Self.cited(Self.kazakh, 25)
        #expect(acts.map(\.type) == [.treaty, .law])
        #expect(acts[0].title == "Азаматтық және саяси құқықтар туралы халықаралық пакт" && acts[0].date == "1966-12-16")
        #expect(acts[1].number == "91-III" && acts[1].date == "2005-11-28")
    }

    @Test("A review of the Address (`Жолдауына шолу // Егемен Қазақстан`) is no citation of it")
    func reviewIsNoAct() {
        #expect(Self.cited(Self.kazakh, 27).isEmpty)
        #expect(Self.cited(Self.kazakh, 14).first?.type == .address)
    }

    @Test("Kazakh mentions: a capital at the start of a sentence is not part of the phrase; `Заңды тұлғалар` is no law")
    func kazakhMentions() {
        #expect(Self.mention(Self.kazakh, "Жолдауды")?.type == .address)
        #expect(Self.mention(Self.kazakh, "Әкімшілік құқық бұзушылық туралы кодексте")?.actID
                == Self.cited(Self.kazakh, 8).first?.actID)
        #expect(!Self.kazakh.acts.contains { !$0.isCitation && $0.text.hasPrefix("Заңды") })
    }

    @Test("A mention takes the type and state of the act it is linked to (`в постановлении … № 2` of the Plenum)")
    func mentionsTakeTheirCitationsFacts() throws {
        let plenum = try #require(Self.mention(Self.russian, "постановлении от 17 марта 2004 г. № 2"))
        #expect(plenum.type == .courtDecision && plenum.actID == Self.cited(Self.russian, 5).first?.actID)
        // In a Russian article the Kazakh acts are still Kazakh once linked by their markers.
        let normative = try #require(Self.mixed.acts.first { !$0.isCitation && $0.text.hasPrefix("нормативном постановлении") })
        #expect(normative.type == .courtDecision && normative.jurisdiction == "KZ")
        let electoral = try #require(Self.mention(Self.mixed, "Конституционном законе «О выборах в Республике Казахстан»"))
        #expect(electoral.actID == Self.cited(Self.mixed, 5).first?.actID)
        let order = try #require(Self.mention(Self.mixed, "Определении от 1 декабря 2005 г. № 428-О"))
        #expect(order.type == .courtDecision, "a Constitutional Court number names the court")
    }
}
