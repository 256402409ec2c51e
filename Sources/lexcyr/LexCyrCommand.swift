import ArgumentParser
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
}
