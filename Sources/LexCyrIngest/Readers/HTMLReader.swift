import CLibXML2
import LexCyrCore
import LexCyrUnicode

/// Reads a saved web page (an article, a legal act) into text for the cleaner.
///
/// The page is parsed by libxml2's HTML parser without network access or error output
/// (``MarkupParser``). The article element (`<article>`, `<main>`, `role="main"`) is read if
/// the page has one, else the body; menus, scripts, banners and footers are dropped
/// (``HTMLBoilerplate``). Headings and paragraphs become paragraphs separated by a blank line;
/// footnotes linked from numbered markers (``HTMLFootnotes``) follow the body as footnote
/// blocks (`N  text`), their markers glued to the word before them, as the cleaner reads them.
struct HTMLReader {
    /// Size and nesting limits.
    let limits: InputLimits

    /// Text of the page in `bytes` and the encoding it was read in. `encoding` (`--encoding`)
    /// overrides the page's own declaration.
    func read(_ bytes: [UInt8], path: String, encoding: String?) throws(LexCyrError) -> (scalars: [Unicode.Scalar], encoding: String) {
        let charset: String
        if let encoding { charset = encoding } else { charset = Self.charset(of: bytes) }
        // Decode with ICU, as text input is, and hand libxml2 UTF-8.
        let (decoded, _) = try Charset.decode(bytes, charset: charset)
        let scalars = decoded.first == "\u{FEFF}" ? Array(decoded.dropFirst()) : decoded
        let utf8 = Array(String(String.UnicodeScalarView(Self.droppingConditionals(scalars))).utf8)
        let document = try MarkupParser.parseHTML(utf8, path: path, limits: limits, encoding: "UTF-8")
        guard let root = document.root else { throw .emptyInput(path: path) }

        let footnotes = HTMLFootnotes(root)
        let walker = HTMLTextWalker(footnotes: footnotes)
        let article = HTMLBoilerplate.articleRoot(root)
        var out = [Unicode.Scalar]()
        for p in walker.paragraphs(article ?? root, inArticle: article != nil) {
            if !out.isEmpty { out += "\n\n".unicodeScalars }
            out += p
        }
        var noteWalker = walker
        noteWalker.readingFootnote = true
        for note in footnotes.notes {
            let text = noteWalker.paragraphs(note.item, inArticle: true).map { p in p.map { $0 == "\n" ? " " : $0 } }
            let joined = Array(text.joined(separator: [" "]))
            out += "\n\n".unicodeScalars + String(note.id).unicodeScalars + "  ".unicodeScalars
            out += Self.droppingNumber(note.id, from: joined)
        }
        out.append("\n")
        return (out, charset)
    }

    /// The charset the page declares (`<meta charset>`, `http-equiv`, an XML declaration), else
    /// the one its bytes show: a byte-order mark, valid UTF-8, or ICU's guess.
    static func charset(of bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for key in ["charset=", "encoding="] {
            guard let at = find(Array(key.utf8), in: head) else { continue }
            let value = head[(at + key.utf8.count)...].drop { $0 == 0x22 || $0 == 0x27 || $0 == 0x20 }
                .prefix { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F }
            let name = String(decoding: value, as: UTF8.self)
            if !name.isEmpty { return name == "utf8" ? "UTF-8" : name }
        }
        if (try? TextDecoder.strictUTF8(bytes[...], path: "")) != nil || TextDecoder.looksLikeBrokenUTF8(bytes) { return "UTF-8" }
        return TextDecoder.legacyCharset(bytes) ?? "UTF-8"
    }

    /// `scalars` without the `<![if …]>` and `<![endif]>` marks of Word's "downlevel-revealed"
    /// conditional comments, which browsers ignore and libxml2 would read as text.
    static func droppingConditionals(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(scalars.count)
        var i = 0
        let n = scalars.count
        while i < n {
            if scalars[i] == "<", i + 4 < n, scalars[i + 1] == "!", scalars[i + 2] == "[",
               (scalars[i + 3] == "i" || scalars[i + 3] == "e") && (scalars[i + 4] == "f" || scalars[i + 4] == "n") {
                var j = i + 3
                while j < n, j - i < 200, scalars[j] != ">" { j += 1 }
                if j < n, scalars[j] == ">", scalars[j - 1] == "]" { i = j + 1; continue }
            }
            out.append(scalars[i])
            i += 1
        }
        return out
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    /// `text` without a leading `3.`, `3)`, `[3]` or `3` naming footnote `id`.
    static func droppingNumber(_ id: Int, from text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var rest = text[...]
        if rest.first == "[" || rest.first == "(" { rest = rest.dropFirst() }
        let digits = Array(String(id).unicodeScalars)
        guard rest.starts(with: digits) else { return text[...] }
        rest = rest.dropFirst(digits.count)
        if let f = rest.first, f.properties.numericType != nil || f.properties.isAlphabetic { return text[...] }
        rest = rest.drop { $0 == "." || $0 == ")" || $0 == "]" || $0 == " " }
        return rest
    }
}
