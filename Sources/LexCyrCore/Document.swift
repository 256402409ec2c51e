/// The result of running LexCyr over one input: cleaned text and everything extracted from it.
///
/// This is version 1 of the output contract (`schema == "lexcyr/1"`). Every span (`start`, `end`)
/// is a half-open range of Unicode scalar offsets into ``text`` when the record's `footnote` is
/// `nil`, or into that footnote's ``Footnote/text`` otherwise.
public struct Document: Sendable, Equatable {
    /// The schema identifier written into every output document.
    public static let schemaID = "lexcyr/1"

    /// Where the document came from.
    public var source: Source
    /// The cleaned body text: title, abstracts, keywords, headings and paragraphs, without
    /// footnotes, footnote markers, running heads or page numbers.
    public var text: String
    /// The body's blocks in reading order, as spans into ``text``.
    public var blocks: [Block]
    /// Footnotes in order of their number.
    public var footnotes: [Footnote]
    /// References to legal acts, in body and footnotes.
    public var acts: [ActReference]
    /// Date expressions, in body and footnotes.
    public var dates: [DateMention]
    /// Statements of powers found in the body.
    public var powers: [Power]
    /// Problems found in the document (citation defects, lost footnotes, ...).
    public var diagnostics: [Diagnostic]

    /// Creates a document.
    public init(source: Source, text: String, blocks: [Block] = [], footnotes: [Footnote] = [],
                acts: [ActReference] = [], dates: [DateMention] = [], powers: [Power] = [],
                diagnostics: [Diagnostic] = []) {
        self.source = source
        self.text = text
        self.blocks = blocks
        self.footnotes = footnotes
        self.acts = acts
        self.dates = dates
        self.powers = powers
        self.diagnostics = diagnostics
    }

    /// The footnote with number `id`, if the document has its text.
    public func footnote(_ id: Int) -> Footnote? {
        footnotes.first { $0.id == id }
    }
}

/// Where a ``Document`` came from.
public struct Source: Sendable, Equatable {
    /// The path as given by the user, or `-` for standard input.
    public var path: String
    /// Lower-case hex SHA-256 of the input bytes.
    public var sha256: String
    /// The detected input format.
    public var format: SourceFormat
    /// The character encoding the input was decoded from (`UTF-8`, `windows-1251`, ...).
    public var encoding: String

    /// Creates a source description.
    public init(path: String, sha256: String, format: SourceFormat, encoding: String) {
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
    }
}

/// Input formats LexCyr reads.
public enum SourceFormat: String, Sendable, CaseIterable, Codable {
    /// Plain text, including `pdftotext` output.
    case text
    /// A PDF file, read through poppler's XML output.
    case pdf
    /// poppler's `pdftohtml -xml` output.
    case pdfxml
    /// An HTML page.
    case html
}
