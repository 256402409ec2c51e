import LexCyr
import LexCyrEval
import LexCyrUnicode
import XCTest

/// Powers in body text: who may do what to whom, on what condition — on the seed article and the
/// powers commentary in `Corpus/powers/`.
final class PowerExtractorTests: XCTestCase {
    private let tokenizer = try! Tokenizer(locale: "ru")

    private func powers(_ text: String, acts: [ActReference] = [], markers: [MarkerPosition] = []) -> [Power] {
        PowerExtractor().extract(body: TextUnit(text, tokenizer: tokenizer), acts: acts, markers: markers)
    }

    private func triples(_ p: [Power]) -> [String] {
        p.map { "\($0.holder) \($0.action) \($0.object ?? "-")" }
    }

    /// The seed's powers whose evidence contains `fragment`.
    private func seedPowers(containing fragment: String) -> [Power] {
        Corpus.seed.powers.filter { $0.text.contains(fragment) }
    }

    func testEveryPowerCarriesTheSentenceItRestsOnAsItsEvidence() {
        let doc = Corpus.seed
        XCTAssertFalse(doc.powers.isEmpty)
        let scalars = Array(doc.text.unicodeScalars)
        for p in doc.powers {
            XCTAssertNil(p.footnote)
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[p.start..<p.end])), p.text, "span and text differ: \(p.text)")
        }
    }

    func testCoordinatedNounsGiveOneRecordEach() {
        let p = seedPowers(containing: "назначение и освобождение от должности главы местного исполнительного органа")
        XCTAssertEqual(Set(triples(p)), ["president appoint head_local_executive", "president dismiss head_local_executive"])
        XCTAssertTrue(p.allSatisfy { $0.status == .historical && $0.since == "1993" })
    }

    func testConsentOfMaslikhatIsAConditionAndAPowerOfTheMaslikhat() {
        let p = seedPowers(containing: "для назначения названных должностных лиц требуется согласие маслихата")
        XCTAssertEqual(Set(triples(p)), ["president appoint akim_region", "maslikhat consent akim_region"])
        let appoint = p.first { $0.action == "appoint" }
        XCTAssertEqual(appoint?.condition?.hasPrefix("требуется согласие маслихата"), true)
        XCTAssertEqual(appoint?.since, "2007")
    }

    func testNotRequiredConsentIsANegatedCondition() {
        let p = seedPowers(containing: "Для освобождения от должности акима")
        XCTAssertEqual(triples(p), ["president dismiss akim_region"])
        XCTAssertEqual(p.first?.negated, true)
        XCTAssertEqual(p.first?.condition, "не требуется согласие маслихата")
    }

    func testAbolishedPowerToAnnulAndSuspendActsOfAkims() {
        let p = seedPowers(containing: "было исключено положение о полномочии Президента")
        XCTAssertEqual(Set(triples(p)), ["president annul_acts akim_region", "president suspend_acts akim_region"])
        XCTAssertTrue(p.allSatisfy { $0.status == .abolished && $0.since == "2022" })
    }

    func testEarlyTerminationOfMaslikhatPowersNowAndBefore2007() {
        let now = seedPowers(containing: "Президент может досрочно прекратить полномочия маслихата")
        XCTAssertTrue(triples(now).contains("president terminate_powers maslikhat"))
        XCTAssertEqual(now.first { $0.holder == "president" }?.condition, "после соблюдения определенных процедур")
        // The parenthesis is a clause of its own, with its own holder and tense.
        let before = seedPowers(containing: "это полномочие входило в компетенцию Сената").filter { $0.text.hasPrefix("до 2007") }
        XCTAssertEqual(triples(before), ["senate terminate_powers maslikhat"])
        XCTAssertEqual(before.first?.status, .historical)
        XCTAssertEqual(before.first?.text, "до 2007 г. это полномочие входило в компетенцию Сената Парламента Республики")
    }

    func testDirectInstructionsToAkimsNamedEarlier() {
        // `акимам указанных территориальных единиц` points back to the regional akims.
        XCTAssertEqual(triples(seedPowers(containing: "дает поручение напрямую акимам")), ["president instruct akim_region"])
    }

    func testHolderOfAStatementWithoutOneComesFromTheSentenceBefore() {
        let text = "Президент назначает акимов областей. Для их освобождения от должности согласие маслихата не требуется."
        XCTAssertEqual(triples(powers(text)), ["president appoint akim_region", "president dismiss akim_region"])
    }

    func testAnActCitedInTheSentenceIsThePowersBasis() throws {
        // The seed's body and markers, with an act for footnote 10 built by hand.
        let doc = Corpus.seed
        let markers = doc.footnotes.compactMap { f in f.marker.map { MarkerPosition(id: f.id, offset: $0.start) } }
        let note = try XCTUnwrap(doc.footnote(10))
        let act = ActReference(type: .constitutionalLaw, jurisdiction: "KZ", date: "2007-06-19", number: "265",
                               footnote: 10, start: 0, end: note.text.unicodeScalars.count, actID: "kz-constitutional_law-2007-265",
                               text: note.text)
        let found = PowerExtractor().extract(body: TextUnit(doc.text, tokenizer: tokenizer), acts: [act], markers: markers)
        let linked = found.filter { $0.actID != nil }
        XCTAssertEqual(Set(triples(linked)), ["president appoint akim_region", "maslikhat consent akim_region"])
        XCTAssertTrue(linked.allSatisfy { $0.actID == "kz-constitutional_law-2007-265" })
        // A marker whose footnote cites no act links nothing.
        let unlinked = PowerExtractor().extract(body: TextUnit(doc.text, tokenizer: tokenizer),
                                                acts: [act], markers: markers.filter { $0.id != 10 })
        XCTAssertTrue(unlinked.allSatisfy { $0.actID == nil })
    }

    func testKazakhStatementsWithConsentPostposition() throws {
        let text = try String(contentsOfFile: Corpus.root.appendingPathComponent("Corpus/powers/ru-powers.txt").path, encoding: .utf8)
        let doc = try Corpus.pipeline().process(text: text)
        let kk = doc.powers.filter { $0.text.contains("тағайындайды") }
        XCTAssertEqual(Set(triples(kk)), [
            "president appoint prime_minister", "mazhilis consent prime_minister",
            "president appoint akim_region", "maslikhat consent akim_region", "president dismiss akim_region",
        ])
        XCTAssertEqual(kk.first { $0.object == "prime_minister" && $0.action == "appoint" }?.condition, "Мәжілістің келісімімен")
    }

    func testStatusesAndTimes() {
        let p = powers("По Конституции 1993 года Президент назначал Премьер-Министра. " +
                       "С 2022 года Президент назначает акимов областей. " +
                       "Предлагается наделить Сенат правом давать согласие на назначение министров.")
        XCTAssertEqual(p.map(\.status), [.historical, .inForce, .proposed])
        XCTAssertEqual(p.map(\.since), ["1993", "2022", nil])
    }

    func testSentencesWithoutAPowerGiveNothing() {
        let text = "Президент назначил встречу с представителями общественности. " +
            "Ключевые слова: Президент, Сенат, роспуск парламента. " +
            "Депутаты маслихата избираются населением на пять лет. " +
            "В 2019 году первый Президент Республики сложил полномочия."
        XCTAssertEqual(powers(text), [])
    }

    func testPowersGoldIsMatchedOnEveryDocument() throws {
        let entries = try CorpusRunner(root: Corpus.directory).entries().filter { $0.powers != nil }
        XCTAssertGreaterThanOrEqual(entries.count, 2)
        for entry in entries {
            let doc = try Corpus.pipeline().process(path: entry.documentPath)
            let report = Evaluator().evaluate(doc, gold: nil, powers: entry.powers, name: entry.name)
            let score = try XCTUnwrap(report.score("powers"))
            XCTAssertGreaterThanOrEqual(score.precision, 0.9, "\(entry.name)\n" + report.findings.joined(separator: "\n"))
            XCTAssertGreaterThanOrEqual(score.recall, 0.85, "\(entry.name)\n" + report.findings.joined(separator: "\n"))
        }
    }
}
