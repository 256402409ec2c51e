import LexCyr
import LexCyrEval
import XCTest

/// The linter against documents with planted defects (`Corpus/lint/`, and the seed): every
/// planted defect found, no false error.
///
/// The acceptance bar for unseen documents: ≥ 95 % of planted defects found (any severity),
/// ≤ 1 false error per 50 citations.
final class LintCorpusTests: XCTestCase {
    /// Codes whose checks read only the footnote text and the markers (the planted `number-format`
    /// defects are Russian federal laws, which are read from the text too).
    private static let textOnly: Set<String> = ["missing-footnote", "orphan-footnote", "footnote-order", "unbalanced-quotes",
                                                "impossible-date", "accessed-in-future", "inconsistent-style", "number-format"]

    private struct Tally {
        var planted = 0, found = 0, falseErrors = 0, citations = 0
        mutating func add(_ report: Evaluator.Report, citations n: Int) {
            let defects = report.score("defects") ?? Score(truePositives: 0, falsePositives: 0, falseNegatives: 0)
            planted += defects.truePositives + defects.falseNegatives
            found += defects.truePositives
            falseErrors += report.score("diagnostics")?.falsePositives ?? 0
            citations += n
        }
    }

    func testThePlantedDefectsCoverEveryCode() throws {
        let kinds = Set(try LintRun.entries().flatMap { $0.gold?.citationDiagnostics ?? [] }.map(\.kind))
        let codes = Set(CitationLinter.rules.map { $0.code.replacingOccurrences(of: "-", with: "_") })
        XCTAssertEqual(kinds, codes)
    }

    func testEveryPlantedDefectIsFoundWithTheGoldActs() throws {
        var tally = Tally()
        for entry in try LintRun.entries() {
            let document = try LintRun.withGoldActs(entry)
            let report = LintRun.report(document, entry)
            print(ReportPrinter.render(report, verbose: true))
            tally.add(report, citations: document.acts.count)
            XCTAssertEqual(report.score("defects")?.recall, 1, "\(entry.name): \(report.findings)")
            XCTAssertEqual(report.score("defects")?.precision, 1, "\(entry.name): \(report.findings)")
        }
        print("planted \(tally.planted), found \(tally.found), false errors \(tally.falseErrors) in \(tally.citations) citations")
        XCTAssertGreaterThan(tally.planted, 30)
        XCTAssertGreaterThan(tally.citations, 50)
    }

    func testDefectsInTheFootnoteTextAreFoundByTheRealPipelineToday() throws {
        for entry in try LintRun.entries() {
            let document = try LintRun.pipeline(entry)
            let planted = (entry.gold?.citationDiagnostics ?? []).filter { Self.textOnly.contains($0.kind.replacingOccurrences(of: "_", with: "-")) }
            var expected = [String]()
            for p in planted {
                let code = p.kind.replacingOccurrences(of: "_", with: "-")
                expected += (p.footnotes ?? [p.footnote ?? -1]).map { "\(code) \($0)" }
            }
            let found = document.diagnostics.filter { Self.textOnly.contains($0.code) }.map { d -> String in
                let id = d.code == "missing-footnote" ? Int(d.message.split(separator: " ")[2]) ?? -1 : d.footnote ?? -1
                return "\(d.code) \(id)"
            }
            XCTAssertEqual(found.sorted(), expected.sorted(), entry.name)
            XCTAssertTrue(document.diagnostics.allSatisfy { $0.line != nil && $0.column != nil }, entry.name)
        }
    }

    func testEndToEndWithTheActExtractor() throws {
        var tally = Tally()
        for entry in try LintRun.entries() {
            let document = try LintRun.pipeline(entry)
            try XCTSkipIf(document.acts.isEmpty, "needs ActExtractor")
            let report = LintRun.report(document, entry)
            print(ReportPrinter.render(report, verbose: true))
            tally.add(report, citations: document.acts.filter(\.isCitation).count)
        }
        XCTAssertGreaterThanOrEqual(Double(tally.found), 0.95 * Double(tally.planted))
        XCTAssertLessThanOrEqual(Double(tally.falseErrors), Double(tally.citations) / 50)
    }
}
