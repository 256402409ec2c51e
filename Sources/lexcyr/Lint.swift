import ArgumentParser
import Foundation
import LexCyr

/// `lexcyr lint`: citation diagnostics like a compiler's.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the citations of each input and print diagnostics.",
        discussion: """
        Prints path:line:column: severity: message [code] for each finding (the README lists
        every code with an example). Exit status: 0 when clean, 1 when any error was found (or
        any warning, with --werror), 2 on usage or I/O failure.

        --fix writes NAME.fixed.EXT beside each input with the stylistic findings corrected
        (only the bytes of the corrected characters change) and prints a unified diff;
        --in-place rewrites the input itself.

        Examples:
          lexcyr lint article.txt
          lexcyr lint --today 2023-04-01 articles/*.txt
          lexcyr lint --format sarif articles/*.txt > lexcyr.sarif
          lexcyr lint --fix article.txt
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Option(help: "Output format: text (path:line:col: ...), json (one {source, diagnostics} object per input, JSON Lines) or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Option(help: "Today's date (YYYY-MM-DD) for access-date checks; defaults to the current date.")
    var today: String?

    @Flag(help: "Fail (exit 1) on warnings too.")
    var werror = false

    @Flag(help: "Write a corrected copy (NAME.fixed.EXT) for stylistic findings and print a unified diff.")
    var fix = false

    @Flag(help: "With --fix, rewrite the input itself instead of writing a copy.")
    var inPlace = false

    @Option(help: "Encoding of text inputs (UTF-8, windows-1251, KOI8-R, UTF-16); detected when omitted.")
    var encoding: String?

    @Argument(help: "Input files, or - for standard input.")
    var inputs: [String] = []

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input file, or - for standard input") }
        if let today, !DateArgument.isValid(today) { throw ValidationError("--today must be a date written YYYY-MM-DD, e.g. 2023-12-31") }
        if inPlace && !fix { throw ValidationError("--in-place only goes with --fix") }
        if fix && inputs.contains("-") { throw ValidationError("--fix needs files to write; it cannot fix standard input") }
    }

    func run() throws {
        let pipeline = try Pipeline(options: Pipeline.Options(encoding: encoding, today: today))
        let loader = InputLoader(encoding: encoding)
        var failed = false, ioFailure = false
        var sarif = [(path: String, diagnostic: Diagnostic)]()
        for path in inputs {
            do {
                let raw = try loader.read(path: path)
                let document = try pipeline.process(raw)
                let diagnostics = LintReport.ordered(document.diagnostics)
                failed = failed || diagnostics.contains { $0.severity == .error || (werror && $0.severity == .warning) }
                switch format {
                case .text: LintReport.printText(diagnostics, path: path)
                case .json: LintReport.printJSON(diagnostics, source: document.source)
                case .sarif: sarif += diagnostics.map { (path, $0) }
                }
                if fix {
                    let diff = try LintFixer(inPlace: inPlace).fix(raw, document: document, diagnostics: diagnostics)
                    LintReport.emit(diff, toStandardError: format != .text)
                }
            } catch let error as LexCyrError {
                Terminal.error(error.description)
                ioFailure = true
            } catch let error as FixError {
                Terminal.error(error.description)
                ioFailure = true
            }
        }
        if format == .sarif {
            let rules = CitationLinter.rules.map { SARIFEncoder.Rule(id: $0.code, summary: $0.summary, level: $0.severity) }
            let version = LexCyrCommand.configuration.version
            FileHandle.standardOutput.write(Data(SARIFEncoder(rules: rules, version: version, pretty: true).encode(sarif) + [0x0A]))
        }
        if ioFailure { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }
}
