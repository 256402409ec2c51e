/// Repairs what `pdftotext` damages in text input.
struct PdfTextRepair {
    let lexicon: Lexicon?

    func repair(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] { scalars }
}
