import LexCyr
import LexCyrUnicode

/// Runs one fuzz input through one ``FuzzTarget``.
///
/// Everything an input needs that costs more than the input itself (the ICU tokenizer, the
/// Hunspell dictionaries, the pipeline) is built once, here, so that each execution measures the
/// code under test. Errors the code reports for bad input (malformed markup, binary data) are
/// fine; a crash, a leak, a hang or a broken promise of the output contract
/// (``InvariantViolation``) is a finding.
///
/// ```swift
/// let harness = FuzzHarness()
/// try bytes.withUnsafeBufferPointer { try harness.run(.dates, $0) }
/// ```
///
/// Not thread-safe: one per thread.
public final class FuzzHarness {
    let tokenizer: Tokenizer
    let lexicon: HunspellLexicon
    let pipeline: Pipeline
    let loader: InputLoader
    let linter: CitationLinter

    /// The fixed "today" of the linter, so that every run of an input is the same.
    public static let today = "2023-12-31"

    /// Builds the shared objects and loads both Hunspell dictionaries.
    public init() {
        tokenizer = try! Tokenizer(locale: "ru")
        lexicon = HunspellLexicon.shared
        for word in ["закон", "Закон", "заң", "Заңы", "право-вой"] {
            _ = lexicon.knows(word, language: "ru")
            _ = lexicon.knows(word, language: "kk")
        }
        let options = Pipeline.Options(limits: InputLimits(maxBytes: 1 << 20), today: Self.today, lexicon: lexicon)
        pipeline = try! Pipeline(options: options)
        // PDF input is refused without starting poppler: a subprocess per input would fuzz
        // poppler's start-up, not LexCyr.
        loader = InputLoader(limits: options.limits, poppler: PopplerRunner(searchPath: []), lexicon: lexicon)
        linter = CitationLinter(today: Self.today)
    }

    /// Runs `bytes` through `target`.
    public func run(_ target: FuzzTarget, _ bytes: UnsafeBufferPointer<UInt8>) throws(InvariantViolation) {
        switch target {
        case .cleaner: try cleaner(bytes)
        case .dates: try dates(ExtractorInput(bytes))
        case .acts: try acts(ExtractorInput(bytes))
        case .powers: try powers(ExtractorInput(bytes))
        case .lint: try lint(ExtractorInput(bytes))
        case .pdfxml: read(bytes, as: .pdfxml, path: "fuzz.xml")
        case .html: read(bytes, as: .html, path: "fuzz.html")
        case .pipeline: try pipeline(bytes)
        }
    }

    /// Runs `bytes` through every target (for regression inputs).
    public func runAll(_ bytes: [UInt8]) throws(InvariantViolation) {
        for target in FuzzTarget.allCases {
            try bytes.withUnsafeBufferPointer { (b) throws(InvariantViolation) in try run(target, b) }
        }
    }

    /// The cleaner with the lexicon. Inputs of odd length are read as a layout reader's text (a
    /// blank line always ends a paragraph), even ones as plain text.
    private func cleaner(_ bytes: UnsafeBufferPointer<UInt8>) throws(InvariantViolation) {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let layout = bytes.count & 1 == 1
        let source = SourceText(scalars: scalars, format: layout ? .pdfxml : .text, encoding: "UTF-8",
                                blankLineEndsParagraph: layout)
        let cleaned = TextCleaner(lexicon: lexicon).clean(source)
        for text in [cleaned.body] + cleaned.footnotes.map(\.text) {
            try Invariants.check(text.scalars.count == text.origins.count, "a cleaned text has \(text.origins.count) origins for \(text.count) scalars")
            for o in text.origins { try Invariants.check(o >= -1 && Int(o) < scalars.count, "origin \(o) outside the input of \(scalars.count)") }
        }
        let n = cleaned.body.count
        for b in cleaned.blocks { try Invariants.span(b.start, b.end, count: n, "block") }
        for m in cleaned.markers { try Invariants.span(m.span.start, m.span.end, count: n, "marker \(m.id)") }
        for f in cleaned.footnotes {
            if let m = f.marker { try Invariants.span(m.start, m.end, count: n, "footnote \(f.id)'s marker") }
        }
        for d in cleaned.diagnostics where d.footnote == nil {
            if let s = d.span { try Invariants.span(s.start, s.end, count: n, "diagnostic \(d.code)") }
        }
    }

    /// A reader through the loader, when the loader would choose it for these bytes.
    private func read(_ bytes: UnsafeBufferPointer<UInt8>, as format: SourceFormat, path: String) {
        let input = RawInput(path: path, bytes: Array(bytes))
        guard !input.bytes.isEmpty, FormatSniffer.sniff(input.bytes, path: path) == format else { return }
        _ = try? loader.load(input)
    }

    /// The whole pipeline, from the loader to the JSON.
    private func pipeline(_ bytes: UnsafeBufferPointer<UInt8>) throws(InvariantViolation) {
        let input = RawInput(path: "fuzz", bytes: Array(bytes))
        guard let source = try? loader.load(input) else { return }
        let document = pipeline.process(source, path: input.path, sha256: input.sha256)
        try Invariants.document(document)
        _ = DocumentEncoder().encode(document)
    }
}
