import ArgumentParser
import Foundation
import LexCyr

/// `lexcyr lint`: citation diagnostics like a compiler's.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the citations of each input and print diagnostics.",
        discussion: """
        Prints path:line:column: severity: message [code] for each finding.
        Exit status: 0 when clean, 1 when any error was found, 2 on usage or I/O failure.

        Examples:
          lexcyr lint article.txt
          lexcyr lint --today 2023-04-01 articles/*.txt
        """
    )

    @Option(help: "Today's date (YYYY-MM-DD) for access-date checks; defaults to the current date.")
    var today: String?

    @Argument(help: "Input files.")
    var inputs: [String]

    func run() throws {
        let pipeline = try Pipeline(options: Pipeline.Options(today: today))
        var anyError = false, ioFailure = false
        for path in inputs {
            do {
                let document = try pipeline.process(path: path)
                for d in document.diagnostics {
                    let place = "\(path):\(d.line ?? 1):\(d.column ?? 1)"
                    print("\(place): \(d.severity.rawValue): \(d.message) [\(d.code)]")
                    if d.severity == .error { anyError = true }
                }
            } catch {
                Terminal.error(error.description)
                ioFailure = true
            }
        }
        if ioFailure { throw ExitCode(2) }
        if anyError { throw ExitCode(1) }
    }
}
