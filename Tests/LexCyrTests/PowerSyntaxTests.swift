import LexCyr
import LexCyrEval
import XCTest

/// The syntax the power rules read — passives, participles, relative clauses, word order,
/// coordination, pronouns — on sentences of the held-out documents in `Corpus/powers/`
/// (commentary on the constitutions of Kazakhstan, Russia, Uzbekistan, Kyrgyzstan and Belarus).
final class PowerSyntaxTests: XCTestCase {
    /// The documents, processed once.
    private static let documents: [String: Document] = {
        var out = [String: Document]()
        for name in ["heldout-cis-executive", "heldout-kz-local", "heldout2-ru-federal", "heldout2-kz-reforms", "heldout3-uz-by-kz"] {
            out[name] = try! Corpus.pipeline().process(path: Corpus.root.appendingPathComponent("Corpus/powers/\(name).txt").path)
        }
        return out
    }()

    /// The (holder action object) triples of `document`'s records whose evidence contains `fragment`.
    private func triples(_ document: String, _ fragment: String) -> Set<String> {
        let powers = Self.documents[document]!.powers.filter { $0.text.contains(fragment) }
        XCTAssertFalse(powers.isEmpty, "no record for «\(fragment)»")
        return Set(powers.map { "\($0.holder) \($0.action) \($0.object ?? "-")" })
    }

    private func records(_ document: String, _ fragment: String) -> [Power] {
        Self.documents[document]!.powers.filter { $0.text.contains(fragment) }
    }

    func testAPassiveVerbTakesItsAgentAsHolderAndItsSubjectAsObject() {
        // Two passives joined by `и`: each takes the agent on its own side.
        XCTAssertEqual(triples("heldout-cis-executive", "Хокимы районов назначаются хокимом области"),
                       ["hokim appoint hokim_district", "local_council approve hokim_district"])
        // English `by`, with adjectives between the preposition and the name.
        XCTAssertEqual(triples("heldout-kz-local", "district akims are appointed by regional akims"),
                       ["akim appoint akim_district", "maslikhat consent akim_district"])
    }

    func testSubjectsJoinedBeforeAPassiveVerbAreAllItsObjects() {
        XCTAssertEqual(triples("heldout2-kz-reforms", "Председатели Конституционного Суда, Высшей аудиторской палаты"), [
            "president appoint constitutional_court_chair", "president appoint supreme_audit_chamber_chair",
            "president appoint central_election_commission_chair", "senate consent constitutional_court_chair",
            "senate consent supreme_audit_chamber_chair", "senate consent central_election_commission_chair",
        ])
    }

    func testAParticipleNamesItsHolderByAnAgentAndItsObjectByTheNounItQualifies() {
        XCTAssertEqual(triples("heldout-kz-local", "Назначаемые Президентом акимы областей"), ["president appoint akim_region"])
    }

    func testARelativeClauseStandsForTheNameItHangsOn() {
        // `кандидатура которого утверждена Думой` is about the Chairman; the clause after it
        // (`и освобождает его`) has the subject of the main clause.
        XCTAssertEqual(triples("heldout-cis-executive", "кандидатура которого утверждена Государственной Думой"), [
            "president appoint prime_minister", "state_duma approve prime_minister", "president dismiss prime_minister",
        ])
        XCTAssertTrue(triples("heldout-cis-executive", "who appoints the Chairman of the Cabinet of Ministers")
            .isSuperset(of: ["president appoint prime_minister", "parliament consent prime_minister"]))
    }

    func testTheSubjectMayFollowTheVerb() {
        XCTAssertEqual(triples("heldout2-ru-federal", "Судей других федеральных судов назначает Президент"), ["president appoint judges"])
        XCTAssertEqual(triples("heldout-cis-executive", "Освобождает от должности членов Кабинета Министров Президент"),
                       ["president dismiss ministers"])
    }

    func testNamesExceptedFromAListAreNotObjects() {
        XCTAssertEqual(triples("heldout2-ru-federal", "за исключением силовых министров, Государственная Дума утверждает"),
                       ["state_duma approve deputy_prime_ministers", "state_duma approve ministers"])
    }

    func testAPluralPronounAfterTheActionStandsForAllTheObjectsBefore() {
        XCTAssertTrue(triples("heldout2-kz-reforms", "освобождает их от должности")
            .isSuperset(of: ["senate dismiss supreme_court_chair", "senate dismiss judges"]))
    }

    func testAnAdjectiveJoinedToANameSharesItsNoun() {
        XCTAssertEqual(triples("heldout2-kz-reforms", "актов центральных и местных исполнительных органов"), [
            "president annul_acts central_executive_bodies", "president suspend_acts central_executive_bodies",
            "president annul_acts akimat", "president suspend_acts akimat",
        ])
    }

    func testCourtsDeclareTheActsOfABodyUnconstitutional() {
        XCTAssertEqual(triples("heldout-cis-executive", "признать не соответствующими Конституции"), [
            "constitutional_court declare_unconstitutional president", "constitutional_court declare_unconstitutional government",
        ])
    }

    func testNoHolderIsAssumedWhenTheSubjectIsOutsideTheVocabulary() {
        // `Всебелорусское народное собрание` is not a known body: the previous sentence's holder
        // must not be taken for it.
        XCTAssertEqual(records("heldout2-kz-reforms", "Всебелорусское народное собрание вправе отменять"), [])
        // `утверждает его структуру`: a possessive pronoun is not the object.
        XCTAssertEqual(records("heldout2-ru-federal", "Губернатор формирует правительство региона"), [])
    }

    func testKazakhNegationAndPassiveByDecree() {
        let denied = records("heldout2-kz-reforms", "күшін жоюға құқылы емес")
        XCTAssertEqual(denied.map { "\($0.holder) \($0.action) \($0.object ?? "-")" }, ["president annul_acts akim"])
        XCTAssertEqual(denied.first?.negated, true)
        XCTAssertEqual(triples("heldout2-kz-reforms", "Облыс әкімін Республика Президенті"),
                       ["president appoint akim_region", "maslikhat consent akim_region"])
    }

    func testAParticipleInsideAPrepositionalPhraseStillTakesItsAgent() {
        // `не согласиться с предложенной Президентом кандидатурой`: the consent is denied, the
        // President proposes, and the candidacy (an instrumental) is no agent.
        let p = records("heldout3-uz-by-kz", "Маслихат области вправе не согласиться")
        XCTAssertEqual(Set(p.map { "\($0.holder) \($0.action) \($0.object ?? "-") \($0.negated)" }),
                       ["maslikhat consent akim_region true", "president propose_candidates akim_region false"])
    }

    func testAProposalOrConsentIsAboutTheObjectOfTheActionNamedAfterIt() {
        XCTAssertEqual(triples("heldout3-uz-by-kz", "вносит Президенту представление о назначении членов Правительства"),
                       ["prime_minister propose_candidates ministers"])
        // Kazakh: consent to appointing (`тағайындауға келісім береді`) is no appointing by the Senate.
        XCTAssertEqual(triples("heldout3-uz-by-kz", "Ұлттық Банк Төрағасын тағайындауға келісім береді"),
                       ["senate consent national_bank_chair"])
    }

    func testStatusOfAbolishedAndProposedPowers() {
        let abolished = records("heldout2-ru-federal", "Полномочие Совета Федерации назначать Генерального прокурора было упразднено")
        XCTAssertEqual(abolished.map(\.status), [.abolished])
        let proposed = records("heldout2-kz-reforms", "предлагают предоставить Сенату право выражать недоверие")
        XCTAssertEqual(proposed.map { "\($0.holder) \($0.action) \($0.object ?? "-") \($0.status.rawValue)" },
                       ["senate no_confidence ministers proposed"])
    }
}
