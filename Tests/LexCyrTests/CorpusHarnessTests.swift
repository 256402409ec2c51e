import LexCyr
import LexCyrEval
import XCTest

/// The corpus harness: every `*.gold.json` under `Corpus/` is scored, and the report printed.
/// Thresholds are the ones the issues set as "done".
final class CorpusHarnessTests: XCTestCase {
    func testEveryGoldFileIsScoredAndReported() throws {
        let entries = try CorpusRunner(root: Corpus.directory).entries()
        XCTAssertFalse(entries.isEmpty, "no gold files under Corpus/")
        for entry in entries {
            let document = try Corpus.pipeline(for: entry).process(path: entry.documentPath)
            let report = Evaluator().evaluate(document, gold: entry.gold, dates: entry.dates, powers: entry.powers, name: entry.name)
            print(ReportPrinter.render(report, verbose: true))
        }
    }

    func testSeedBodyIsCleanAndFootnotesAreLinked() throws {
        let entry = try XCTUnwrap(CorpusRunner(root: Corpus.directory).entries().first { $0.name.hasPrefix("seed/") })
        let report = Evaluator().evaluate(Corpus.seed, gold: entry.gold, name: entry.name)
        XCTAssertEqual(report.ratio("body_contains"), 1, report.findings.joined(separator: "\n"))
        XCTAssertEqual(report.ratio("body_excludes"), 1, report.findings.joined(separator: "\n"))
        XCTAssertEqual(report.score("footnotes")?.f1, 1)
        XCTAssertEqual(report.score("markers")?.f1, 1)
        XCTAssertEqual(report.score("missing_footnotes")?.f1, 1)
    }

    func testActCitationsMeetTheIssueThresholdsOnEveryGoldFile() throws {
        let entries = try CorpusRunner(root: Corpus.directory).entries().filter { $0.gold?.acts != nil && $0.gold?.actThresholds != false }
        XCTAssertFalse(entries.isEmpty)
        for entry in entries {
            let document = try Corpus.pipeline(for: entry).process(path: entry.documentPath)
            let report = Evaluator().evaluate(document, gold: entry.gold, name: entry.name)
            let acts = try XCTUnwrap(report.score("acts"), entry.name)
            XCTAssertGreaterThanOrEqual(acts.precision, 0.97, "\(entry.name): \(report.findings)")
            XCTAssertGreaterThanOrEqual(acts.recall, 0.95, "\(entry.name): \(report.findings)")
            XCTAssertGreaterThanOrEqual(report.ratio("act_fields") ?? 0, 0.98, "\(entry.name): \(report.findings)")
            XCTAssertEqual(report.ratio("not_acts_clean"), 1, entry.name)
            XCTAssertEqual(report.ratio("act_id_consistent"), 1, entry.name)
            if let mentions = report.score("mentions") {
                XCTAssertGreaterThanOrEqual(mentions.precision, 0.97, "\(entry.name): \(report.findings)")
                XCTAssertGreaterThanOrEqual(mentions.recall, 0.95, "\(entry.name): \(report.findings)")
                XCTAssertGreaterThanOrEqual(report.ratio("mention_fields") ?? 0, 0.95, "\(entry.name): \(report.findings)")
            }
        }
    }
}
