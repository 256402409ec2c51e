import LexCyrCore

/// Checks the citations of a document the way a compiler checks code.
///
/// Each rule is one small check with a stable code (see ``rules``). Checks that read only the
/// footnote text and markers (quotes, dates, numbering, style) work on any document; the ones
/// that compare fields of a citation (URL, access date against the act's date, missing elements,
/// number format) use the ``ActReference``s the act extractor fills in.
///
/// ```swift
/// let diagnostics = CitationLinter(today: "2023-12-31").lint(document, markers: cleaned.markers)
/// ```
public struct CitationLinter: Sendable {
    /// The day "today" is for `accessed-in-future`, ISO 8601.
    public var today: String

    /// Creates a linter.
    public init(today: String) {
        self.today = today
    }

    /// The checks, in report order.
    private static let checks: [any CitationCheck] = [
        MissingFootnoteCheck(), OrphanFootnoteCheck(), FootnoteOrderCheck(),
        URLMismatchCheck(), UnbalancedQuotesCheck(),
        AccessedBeforeActCheck(), AccessedInFutureCheck(), ImpossibleDateCheck(),
        MissingElementCheck(), NumberFormatCheck(), InconsistentStyleCheck(),
    ]

    /// Every rule, with its code, severity and summary (for `--help`, SARIF and the README).
    public static var rules: [LintRule] { checks.map { type(of: $0).rule } }

    /// Diagnostics for `document`'s citations and footnotes, with `span` and `footnote` set
    /// (the pipeline fills in `line` and `column`).
    ///
    /// - Parameter markers: the footnote markers the cleaner found in the body, including those
    ///   whose footnote text is missing and those out of sequence.
    public func lint(_ document: Document, markers: [FootnoteMarker]) -> [Diagnostic] {
        lint(document, markers: markers, body: [Unicode.Scalar](unicodeScalarsOf: document.text),
             footnotes: document.footnotes.map { [Unicode.Scalar](unicodeScalarsOf: $0.text) })
    }

    /// Diagnostics for `document` when the caller holds its text as scalars already (the
    /// pipeline does: the cleaner's output), which spares decoding the strings again.
    ///
    /// - Parameters:
    ///   - body: the scalars of `document.text`.
    ///   - footnotes: the scalars of each footnote's text, in the order of `document.footnotes`.
    public func lint(_ document: Document, markers: [FootnoteMarker], body: [Unicode.Scalar],
                     footnotes: [[Unicode.Scalar]]) -> [Diagnostic] {
        precondition(footnotes.count == document.footnotes.count, "one scalar array per footnote")
        let context = LintContext(document: document, markers: markers, today: today, body: body, footnotes: footnotes)
        var seen = Set<Key>(minimumCapacity: 64)
        var out = [Diagnostic]()
        for check in Self.checks {
            for d in check.run(context) where seen.insert(Key(d)).inserted {
                out.append(d)
            }
        }
        return out
    }

    /// Diagnostics for a document built without the cleaner: its markers are the ones its
    /// footnotes record.
    public func lint(_ document: Document) -> [Diagnostic] {
        let markers = document.footnotes.compactMap { f in f.marker.map { FootnoteMarker(id: f.id, span: $0) } }
        return lint(document, markers: markers.sorted { $0.span.start < $1.span.start })
    }

    /// What makes two findings the same: one code, one place, one message.
    private struct Key: Hashable {
        var code: String
        var footnote: Int?
        var span: Span?
        var message: String
        init(_ d: Diagnostic) {
            code = d.code
            footnote = d.footnote
            span = d.span
            message = d.message
        }

        /// Hashes the place only (equal keys still compare every field): most findings differ
        /// there, and hashing whole messages cost more than some checks.
        func hash(into hasher: inout Hasher) {
            hasher.combine(footnote)
            hasher.combine(span)
        }
    }
}
