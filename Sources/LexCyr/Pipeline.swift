import Foundation
import LexCyrCore
import LexCyrEmit
import LexCyrExtract
import LexCyrIngest
import LexCyrLint
import LexCyrUnicode

/// Runs the whole of LexCyr on one input: read, clean, extract, lint.
///
/// ```swift
/// import LexCyr
///
/// let pipeline = try Pipeline()
/// let document = try pipeline.process(path: "article.txt")
/// for act in document.acts { print(act.type, act.number ?? "-", act.title ?? "") }
/// ```
///
/// A pipeline holds an ICU tokenizer and is not thread-safe: use one per thread.
public final class Pipeline {
    /// Options for a pipeline.
    public struct Options: Sendable {
        /// Size and nesting limits for inputs.
        public var limits: InputLimits
        /// Encoding forced for text input, or `nil` to detect.
        public var encoding: String?
        /// "Today" for date checks, ISO 8601 (`accessed-in-future`). Defaults to the current date.
        public var today: String
        /// Dictionary for dehyphenation, or `nil` to decide from the document's vocabulary only.
        public var lexicon: Lexicon?

        /// Creates options.
        public init(limits: InputLimits = .default, encoding: String? = nil, today: String? = nil,
                    lexicon: Lexicon? = HunspellLexicon.shared) {
            self.limits = limits
            self.encoding = encoding
            self.today = today ?? Self.currentDate()
            self.lexicon = lexicon
        }

        /// Today in UTC as `YYYY-MM-DD` (from the C library: a `DateFormatter` costs a
        /// millisecond of start-up).
        static func currentDate() -> String {
            var now = time(nil)
            var parts = tm()
            gmtime_r(&now, &parts)
            func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
        }
    }

    /// The options in force.
    public let options: Options
    private let tokenizer: Tokenizer

    /// Creates a pipeline.
    public init(options: Options = Options()) throws {
        self.options = options
        self.tokenizer = try Tokenizer(locale: "ru")
    }

    /// Reads and processes the file at `path` (`-` for standard input).
    public func process(path: String) throws(LexCyrError) -> Document {
        let loader = InputLoader(limits: options.limits, encoding: options.encoding)
        return try process(loader.read(path: path))
    }

    /// Processes text given as a string, as if read from a UTF-8 file named `path`.
    public func process(text: String, path: String = "-") throws(LexCyrError) -> Document {
        try process(RawInput(path: path, bytes: Array(text.utf8)))
    }

    /// Processes bytes already read.
    public func process(_ input: RawInput) throws(LexCyrError) -> Document {
        let loader = InputLoader(limits: options.limits, encoding: options.encoding)
        let source = try loader.load(input)
        return process(source, path: input.path, sha256: input.sha256)
    }

    /// Processes decoded source text.
    public func process(_ source: SourceText, path: String, sha256: String) -> Document {
        let cleaned = TextCleaner(lexicon: options.lexicon).clean(source)
        let body = TextUnit(scalars: cleaned.body.scalars, footnote: nil, tokenizer: tokenizer)
        let notes = cleaned.footnotes.map { TextUnit(scalars: $0.text.scalars, footnote: $0.id, tokenizer: tokenizer) }
        let markers = cleaned.footnotes.compactMap { f in f.marker.map { MarkerPosition(id: f.id, offset: $0.start) } }

        let dateExtractor = DateExtractor()
        var dates = dateExtractor.extract(body)
        for n in notes { dates += dateExtractor.extract(n) }
        let acts = ActExtractor().extract(body: body, footnotes: notes, markers: markers)
        let powers = PowerExtractor().extract(body: body, acts: acts, markers: markers)

        var document = Document(
            source: Source(path: path, sha256: sha256, format: source.format, encoding: source.encoding),
            text: cleaned.body.string,
            blocks: cleaned.blocks,
            footnotes: cleaned.footnotes.map { Footnote(id: $0.id, text: $0.text.string, marker: $0.marker) },
            acts: acts, dates: dates, powers: powers,
            diagnostics: cleaned.diagnostics)
        document.diagnostics += CitationLinter(today: options.today).lint(
            document, markers: cleaned.markers, body: cleaned.body.scalars, footnotes: cleaned.footnotes.map(\.text.scalars))
        locate(&document.diagnostics, cleaned: cleaned, source: source)
        return document
    }

    /// Fills in `line` and `column` (in the input as given) for diagnostics that have a span, and
    /// the input range of each fix.
    private func locate(_ diagnostics: inout [Diagnostic], cleaned: CleanedText, source: SourceText) {
        for k in diagnostics.indices {
            let d = diagnostics[k]
            let text: MappedText?
            if let id = d.footnote {
                text = cleaned.footnotes.first { $0.id == id }?.text
            } else {
                text = cleaned.body
            }
            guard let text else { continue }
            if let fix = d.fix {
                diagnostics[k].fix?.source = Self.sourceRange(of: fix.span, in: text, source: source)
            }
            guard d.line == nil, let origin = Self.origin(of: d.span, in: text) else { continue }
            let (line, column) = source.lines.location(of: origin)
            diagnostics[k].line = line
            diagnostics[k].column = column
        }
    }

    /// Where a span starts in the input. An empty span marks something removed (a footnote
    /// marker right after its word): it points one past the scalar before it, at what was removed.
    static func origin(of span: Span?, in text: MappedText) -> Int? {
        let start = span?.start ?? 0
        if let span, span.length == 0, start > 0, start <= text.count, text.origins[start - 1] >= 0 {
            return Int(text.origins[start - 1]) + 1
        }
        return text.origin(at: start)
    }

    /// The input range of `span` when its scalars come one-to-one, unchanged and contiguous from
    /// the input (no joined lines, no repaired characters in between); otherwise `nil`.
    static func sourceRange(of span: Span, in text: MappedText, source: SourceText) -> Span? {
        guard span.length > 0, span.end <= text.count else { return nil }
        let first = Int(text.origins[span.start])
        guard first >= 0 else { return nil }
        for k in span.start..<span.end {
            let o = first + (k - span.start)
            guard Int(text.origins[k]) == o, o < source.scalars.count, source.scalars[o] == text.scalars[k] else { return nil }
        }
        return Span(start: first, end: first + span.length)
    }
}
