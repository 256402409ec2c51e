/// The fuzz targets, one per concern. `tools/fuzz.sh` runs each under libFuzzer (executables
/// `Fuzz<Name>` in `tools/fuzzers/`); `FuzzRegressionTests` replays past findings through them.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// ``LexCyrIngest/TextCleaner`` (with the Hunspell lexicon) on decoded text.
    case cleaner
    /// ``LexCyrExtract/DateExtractor`` on ``ExtractorInput``.
    case dates
    /// ``LexCyrExtract/ActExtractor`` on ``ExtractorInput``.
    case acts
    /// ``LexCyrExtract/PowerExtractor`` on ``ExtractorInput`` (acts from the act extractor).
    case powers
    /// ``LexCyrLint/CitationLinter`` on a document built from ``ExtractorInput``, then
    /// ``LexCyrLint/FixApplier`` and ``LexCyrLint/UnifiedDiff`` on its fixes.
    case lint
    /// poppler's XML: libxml2, `PdfXMLReader`, `LayoutAnalyzer` (through ``LexCyrIngest/InputLoader``).
    case pdfxml
    /// Saved web pages: charset, libxml2's HTML parser, `HTMLReader` (through the loader).
    case html
    /// The whole ``LexCyr/Pipeline`` from raw bytes, with the JSON encoder.
    case pipeline
}
