import LexCyrCore
import LexCyrUnicode

/// A footnote as the cleaner leaves it.
public struct CleanedFootnote: Sendable, Equatable {
    /// The footnote number.
    public var id: Int
    /// The cleaned text, mapped to the input.
    public var text: MappedText
    /// Where the marker was in the body (an empty span), if one was found.
    public var marker: Span?
}

/// The output of ``TextCleaner``: body text, its blocks, footnotes and layout diagnostics.
public struct CleanedText: Sendable, Equatable {
    /// Cleaned body text (paragraphs separated by a blank line), mapped to the input.
    public var body: MappedText
    /// Blocks of the body in reading order.
    public var blocks: [Block]
    /// Footnotes in order of number.
    public var footnotes: [CleanedFootnote]
    /// Every footnote marker found in the body, in reading order, including markers whose
    /// footnote text is missing and numbers glued like markers but out of sequence. The linter
    /// reports what does not pair up (`missing-footnote`, `orphan-footnote`, `footnote-order`).
    public var markers: [FootnoteMarker]
    /// Layout problems found while cleaning.
    public var diagnostics: [Diagnostic]
}

/// Cleans text left by PDF extractors the way a careful editor would: rejoins hyphenated words
/// and broken URLs, separates footnotes from the body and links their markers, drops layout
/// noise, reflows paragraphs and tags each block's role and language.
///
/// ```swift
/// let cleaned = TextCleaner().clean(SourceText(rawText))
/// print(cleaned.body.string)
/// ```
public struct TextCleaner: Sendable {
    /// Dictionary used for hyphens the document's own vocabulary cannot decide; `nil` disables it.
    public var lexicon: Lexicon?

    /// Creates a cleaner. By default it uses the Hunspell dictionaries when installed.
    public init(lexicon: Lexicon? = HunspellLexicon.shared) {
        self.lexicon = lexicon
    }

    /// Cleans `source`.
    public func clean(_ source: SourceText) -> CleanedText {
        let (r, ro) = CharacterRepair.repair(source.scalars)
        var lines = SourceLine.split(r)
        SourceLine.markPageBreaks(&lines, at: source.pageBreaks, origins: ro)
        let noise = RunningHeads().noise(lines, r)
        let words = Vocabulary(lines, r, noise: noise)
        var splitter = FootnoteSplitter()
        let lexicon = self.lexicon
        splitter.knowsWord = { word in
            words.contains(word)
                || lexicon?.knows(scalars: word[...], language: word.contains(where: HunspellLexicon.isKazakhLetter) ? "kk" : "ru") == true
        }
        let facts = LineFacts.of(lines, r)
        let (roles, widths) = splitter.layout(of: lines, in: r, noise: noise, facts: facts)
        let dehyphenator = Dehyphenator(vocabulary: words, lexicon: lexicon)

        // Sequences of lines for the body and for each footnote.
        var bodyItems = [LineJoiner.Item]()
        bodyItems.reserveCapacity(lines.count)
        var noteItems = [(id: Int, items: [LineJoiner.Item])]()
        var noteIndex = [Int: Int]()
        // The note a continuation line goes on is almost always the one just seen.
        var recent: (id: Int, index: Int)? = nil
        var blanks = 0
        for (k, line) in lines.enumerated() {
            if line.isBlank { blanks += 1; continue }
            switch roles[k] {
            case .layout:
                continue
            case .body:
                bodyItems.append(.init(line: line, blanksBefore: blanks))
            case .footnoteStart(let id, let textStart):
                var l = line
                l.range = textStart..<line.range.upperBound
                noteIndex[id] = noteItems.count
                recent = (id, noteItems.count)
                noteItems.append((id, [.init(line: l, blanksBefore: 0)]))
            case .footnoteContinuation(let id):
                if let n = recent?.id == id ? recent?.index : noteIndex[id] {
                    noteItems[n].items.append(.init(line: line, blanksBefore: 0))
                    recent = (id, n)
                }
            }
            blanks = 0
        }

        var bodyJoiner = LineJoiner(s: r, origins: ro, dehyphenator: dehyphenator, facts: facts)
        if widths.regular { bodyJoiner.fullWidth = widths.body }
        bodyJoiner.blankLineEndsParagraph = source.blankLineEndsParagraph
        var paragraphs = bodyJoiner.join(bodyItems)
        let compounds = CompoundRepair(vocabulary: words)
        compounds.repair(&paragraphs)
        var noteJoiner = LineJoiner(s: r, origins: ro, dehyphenator: dehyphenator, facts: facts)
        noteJoiner.splitsParagraphs = false
        var noteTexts = noteItems.map { noteJoiner.join($0.items).first ?? MappedText() }
        compounds.repair(&noteTexts)
        let notes = zip(noteItems, noteTexts).map { (id: $0.id, text: $1) }

        var linker = MarkerLinker()
        linker.knownFootnotes = Set(notes.map(\.id))
        var markers = linker.strip(&paragraphs)
        MarkerSpacing.tighten(&paragraphs, markers: &markers)

        // Assemble the body.
        let kinds = BlockClassifier.classify(paragraphs.map { $0.scalars })
        var body = MappedText()
        body.reserveCapacity(r.count)
        var blocks = [Block]()
        var paragraphStarts = [Int]()
        for (k, p) in paragraphs.enumerated() {
            if k > 0 {
                body.append("\n", origin: -1)
                body.append("\n", origin: -1)
            }
            paragraphStarts.append(body.count)
            body.append(contentsOf: p, range: 0..<p.count)
            blocks.append(Block(kind: kinds[k], lang: LanguageGuesser.guess(p.scalars), start: paragraphStarts[k], end: body.count))
        }

        // Link markers and footnotes; the linter reports what does not pair up.
        var markerByID = [Int: Span](minimumCapacity: markers.count)
        var bodyMarkers = [FootnoteMarker]()
        for m in markers {
            let at = paragraphStarts[m.paragraph] + m.offset
            let span = Span(start: at, end: at + m.kept)
            bodyMarkers.append(FootnoteMarker(id: m.id, span: span, inSequence: m.inSequence))
            if m.kept == 0 && markerByID[m.id] == nil { markerByID[m.id] = span }
        }
        var footnotes = notes.map { CleanedFootnote(id: $0.id, text: $0.text, marker: markerByID[$0.id]) }
        footnotes.sort { $0.id < $1.id }
        return CleanedText(body: body, blocks: blocks, footnotes: footnotes, markers: bodyMarkers, diagnostics: [])
    }
}
