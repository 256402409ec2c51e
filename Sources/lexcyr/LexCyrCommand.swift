import ArgumentParser
import Foundation
import LexCyr

@main
struct LexCyrCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexcyr",
        abstract: "Clean legal articles extracted from PDFs and extract legal-act citations, dates and powers.",
        discussion: """
        Examples:
          lexcyr extract Corpus/seed/kz-president-local-authorities.txt
          lexcyr extract --format jsonl --output out/ articles/*.txt
          lexcyr lint article.txt
        """,
        version: "0.1.0",
        subcommands: [Extract.self, Lint.self, Score.self],
        defaultSubcommand: nil
    )

    /// Runs the command; usage errors exit with status 2 (as `lexcyr lint` documents), not
    /// ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
