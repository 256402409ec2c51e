import ArgumentParser
import Foundation
import LexCyr
import LexCyrEval

/// `lexcyr score`: the corpus harness on the command line.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score LexCyr against the gold files of a corpus directory.",
        discussion: """
        Finds every *.gold.json (and *.dates.gold.json) under DIR, runs the pipeline on the
        document each names, and prints precision/recall per measure.

        Examples:
          lexcyr score Corpus
          lexcyr score --verbose Corpus/seed
        """
    )

    @Flag(help: "Also print each finding (missed strings, wrong fields, unexpected diagnostics).")
    var verbose = false

    @Option(help: "Today's date (YYYY-MM-DD) for access-date checks; a gold file's own \"today\" wins.")
    var today: String = "2023-12-31"

    @Argument(help: "Corpus directory.")
    var directory: String = "Corpus"

    func run() throws {
        let entries = try CorpusRunner(root: directory).entries()
        if entries.isEmpty { throw ValidationError("no *.gold.json files under \(directory)") }
        var pipelines = [String: Pipeline]()
        for entry in entries {
            do {
                let day = entry.gold?.today ?? today
                let pipeline = try pipelines[day] ?? Pipeline(options: Pipeline.Options(today: day))
                pipelines[day] = pipeline
                let document = try pipeline.process(path: entry.documentPath)
                let report = Evaluator().evaluate(document, gold: entry.gold, dates: entry.dates, powers: entry.powers, name: entry.name)
                print(ReportPrinter.render(report, verbose: verbose))
            } catch {
                Terminal.error("\(error)")
            }
        }
    }
}
