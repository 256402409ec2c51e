import Foundation
import LexCyr
import LexCyrEval

/// Running the linter in tests, with or without the act extractor.
enum LintRun {
    /// Today for every lint test (the harness's default too).
    static let today = "2023-12-31"

    /// The corpus documents that have a gold file listing citation defects.
    static func entries(under directory: String = "") throws -> [CorpusRunner.Entry] {
        try CorpusRunner(root: Corpus.directory).entries().filter {
            $0.gold?.citationDiagnostics != nil && $0.name.hasPrefix(directory)
        }
    }

    /// The document as the pipeline makes it (with whatever acts the act extractor finds).
    static func pipeline(_ entry: CorpusRunner.Entry) throws -> Document {
        try Corpus.pipeline(for: entry).process(path: entry.documentPath)
    }

    /// The document with the gold file's acts standing in for the extractor's, linted again with
    /// the markers the cleaner found.
    static func withGoldActs(_ entry: CorpusRunner.Entry) throws -> Document {
        guard let gold = entry.gold else { throw MissingGold(name: entry.name) }
        var document = GoldActs.document(try pipeline(entry), gold: gold)
        let source = SourceText(try String(contentsOfFile: entry.documentPath, encoding: .utf8))
        document.diagnostics = CitationLinter(today: gold.today ?? today).lint(document, markers: TextCleaner().clean(source).markers)
        return document
    }

    /// The harness report of `document` against the entry's gold.
    static func report(_ document: Document, _ entry: CorpusRunner.Entry) -> Evaluator.Report {
        Evaluator().evaluate(document, gold: entry.gold, name: entry.name)
    }

    /// A corpus entry without a main gold file.
    struct MissingGold: Error { var name: String }
}

/// Small hand-built documents for one check at a time: each footnote holds one citation that
/// spans all of it.
enum LintFixture {
    /// A document whose footnotes 1, 2, … are `notes`, each with a marker in a one-line body.
    static func document(_ notes: [String], acts: [ActReference] = []) -> Document {
        let body = String(repeating: "Текст. ", count: notes.count)
        let footnotes = notes.enumerated().map { k, text in
            Footnote(id: k + 1, text: text, marker: Span(start: 7 * k + 5, end: 7 * k + 5))
        }
        return Document(source: Source(path: "fixture.txt", sha256: String(repeating: "0", count: 64), format: .text, encoding: "UTF-8"),
                        text: body, footnotes: footnotes, acts: acts)
    }

    /// A citation spanning all of footnote `footnote` (whose text is `text`).
    static func act(_ type: ActReference.Kind, in text: String, footnote: Int, jurisdiction: String = "KZ",
                    date: String? = nil, number: String? = nil, title: String? = "Название",
                    url: String? = nil, accessed: String? = nil) -> ActReference {
        ActReference(type: type, jurisdiction: jurisdiction, date: date, number: number, title: title, url: url,
                     accessed: accessed, footnote: footnote, start: 0, end: text.unicodeScalars.count,
                     actID: "\(type.rawValue)|\(date ?? "")|\(number ?? "")", text: text,
                     urlCode: url.flatMap(GoldActs.adiletCode))
    }

    /// Lints a document made of one footnote per (text, act) pair.
    static func lint(_ items: [(text: String, act: ((String, Int) -> ActReference)?)], today: String = LintRun.today) -> [Diagnostic] {
        let acts = items.enumerated().compactMap { k, item in item.act?(item.text, k + 1) }
        return CitationLinter(today: today).lint(document(items.map(\.text), acts: acts))
    }

    /// The text a diagnostic's span covers.
    static func text(of d: Diagnostic, in document: Document) -> String {
        let s = Array((d.footnote.flatMap { document.footnote($0)?.text } ?? document.text).unicodeScalars)
        guard let span = d.span, span.end <= s.count else { return "" }
        return String(String.UnicodeScalarView(s[span.start..<span.end]))
    }
}
