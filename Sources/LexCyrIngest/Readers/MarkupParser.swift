import CLibXML2
import LexCyrCore

/// A document parsed by libxml2; the tree is freed when the last reference goes.
final class MarkupDocument {
    /// The libxml2 tree.
    let doc: xmlDocPtr

    init(_ doc: xmlDocPtr) {
        self.doc = doc
    }

    deinit {
        xmlFreeDoc(doc)
    }

    /// The root element, if any.
    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }

    /// The encoding libxml2 decoded the bytes from (`nil` when it was not declared).
    var encoding: String? {
        doc.pointee.encoding.map { String(cString: $0) }
    }
}

/// Parses XML and HTML with libxml2 in its safe configuration.
///
/// Never enabled: network access (`XML_PARSE_NONET`), entity substitution (`XML_PARSE_NOENT`),
/// loading of external DTDs (`XML_PARSE_DTDLOAD`), libxml2's relaxed limits (`XML_PARSE_HUGE`).
/// Before libxml2 sees the bytes, ``MarkupGuard`` refuses entity declarations; after parsing,
/// trees deeper than ``InputLimits/maxMarkupDepth`` are refused.
enum MarkupParser {
    /// libxml2 must be initialised once per process before threads use it.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Options for XML: no network, no entity substitution, no DTD loading, no huge mode,
    /// errors collected instead of printed.
    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    /// Options for HTML: the same, for libxml2's HTML parser.
    static let htmlOptions = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes` as XML. `guarded: false` skips ``MarkupGuard`` (tests of libxml2's own
    /// protections only).
    static func parseXML(_ bytes: [UInt8], path: String, limits: InputLimits, guarded: Bool = true) throws(LexCyrError) -> MarkupDocument {
        if guarded { try MarkupGuard.check(bytes, path: path, caseSensitive: true) }
        return try parse(bytes, path: path, limits: limits, html: false, encoding: nil)
    }

    /// Parses `bytes` as HTML (libxml2 repairs tag soup as browsers do), decoding them from
    /// `encoding` (`nil`: as the page declares).
    static func parseHTML(_ bytes: [UInt8], path: String, limits: InputLimits, encoding: String?) throws(LexCyrError) -> MarkupDocument {
        try MarkupGuard.check(bytes, path: path, caseSensitive: false)
        return try parse(bytes, path: path, limits: limits, html: true, encoding: encoding)
    }

    private static func parse(_ bytes: [UInt8], path: String, limits: InputLimits, html: Bool, encoding: String?) throws(LexCyrError) -> MarkupDocument {
        _ = initialised
        guard let ctxt = html ? htmlNewParserCtxt() : xmlNewParserCtxt() else {
            throw .malformedMarkup(path: path, detail: "libxml2 could not start")
        }
        defer { if html { htmlFreeParserCtxt(ctxt) } else { xmlFreeParserCtxt(ctxt) } }
        let doc = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                html ? htmlCtxtReadMemory(ctxt, p, Int32(b.count), nil, encoding, htmlOptions)
                     : xmlCtxtReadMemory(ctxt, p, Int32(b.count), nil, nil, xmlOptions)
            }
        }
        let kind = html ? "not HTML" : "not well-formed XML"
        guard let doc else { throw .malformedMarkup(path: path, detail: lastError(ctxt) ?? kind) }
        let document = MarkupDocument(doc)
        if !html && ctxt.pointee.wellFormed == 0 { throw .malformedMarkup(path: path, detail: lastError(ctxt) ?? kind) }
        try checkDepth(document, path: path, limit: limits.maxMarkupDepth)
        return document
    }

    /// The message of the last error libxml2 recorded, trimmed.
    private static func lastError(_ ctxt: xmlParserCtxtPtr) -> String? {
        guard let message = ctxt.pointee.lastError.message else { return nil }
        var text = String(cString: message)
        while text.last == "\n" || text.last == " " { text.removeLast() }
        if text.hasPrefix("Excessive depth in document") {
            return "nesting deeper than libxml2's limit of 256 elements; LexCyr does not read such markup"
        }
        let line = ctxt.pointee.lastError.line
        return line > 0 ? "line \(line): \(text)" : text
    }

    /// Refuses a tree deeper than `limit`, walking it without recursion.
    private static func checkDepth(_ document: MarkupDocument, path: String, limit: Int) throws(LexCyrError) {
        guard let root = document.root else { return }
        var walker = NodeWalker(root)
        while walker.next() != nil {
            if walker.depth > limit {
                throw .malformedMarkup(path: path, detail: "nesting deeper than \(limit) elements; LexCyr does not read such markup")
            }
        }
    }
}
