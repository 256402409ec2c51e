import LexCyrCore

/// Detects the input format from the content first, the file name second.
///
/// `%PDF-` in the first kilobyte is a PDF; markup whose root is `<pdf2xml>` is poppler's XML;
/// a document that opens with `<!DOCTYPE html>`, `<html>`, or any tag and has an `<html>`,
/// `<head>` or `<body>` element near the start is HTML. A file named `.html`/`.htm` that starts
/// with a tag is HTML too (a saved fragment). Everything else is text, whatever its name.
public enum FormatSniffer {
    /// The format of `bytes` read from `path`.
    public static func sniff(_ bytes: [UInt8], path: String) -> SourceFormat {
        if find(Array("%PDF-".utf8), in: bytes.prefix(1024)) { return .pdf }
        // Markup starts with `<` after blanks: anything else is text, decided without decoding.
        var first = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while first < bytes.count, bytes[first] == 0x20 || bytes[first] == 0x0A || bytes[first] == 0x0D || bytes[first] == 0x09 {
            first += 1
        }
        if first == bytes.count || bytes[first] != UInt8(ascii: "<") { return .text }
        var head = bytes.prefix(8192)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard trimmed.hasPrefix("<") else { return .text }
        if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<!doctype pdf2xml") || trimmed.hasPrefix("<pdf2xml") {
            if text.contains("<pdf2xml") { return .pdfxml }
        }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return .html }
        if text.contains("<html") || text.contains("<head") || text.contains("<body") { return .html }
        let lowerPath = path.lowercased()
        if lowerPath.hasSuffix(".html") || lowerPath.hasSuffix(".htm") || lowerPath.hasSuffix(".xhtml") { return .html }
        return .text
    }

    private static func find(_ needle: [UInt8], in hay: ArraySlice<UInt8>) -> Bool {
        guard hay.count >= needle.count, let first = needle.first else { return false }
        return hay.withUnsafeBufferPointer { h in
            var i = 0
            while i + needle.count <= h.count {
                if h[i] == first, needle.indices.allSatisfy({ h[i + $0] == needle[$0] }) { return true }
                i += 1
            }
            return false
        }
    }
}
