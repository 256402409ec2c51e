import LexCyrCore

struct HTMLReader {
    let limits: InputLimits
    func read(_ bytes: [UInt8], path: String, encoding: String?) throws(LexCyrError) -> ([Unicode.Scalar], String) {
        let doc = try MarkupParser.parseHTML(bytes, path: path, limits: limits, encoding: encoding)
        return (Array(Markup.textContent(doc.root!).unicodeScalars), doc.encoding ?? "UTF-8")
    }
}
