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

/// Document-order traversal of a libxml2 subtree without recursion (deep trees cannot
/// overflow the stack).
struct NodeWalker {
    private let root: xmlNodePtr
    private var pending: xmlNodePtr?
    /// Depth of the node last returned (the root is 1).
    private(set) var depth = 0
    private var started = false

    /// Walks `root` and everything under it.
    init(_ root: xmlNodePtr) {
        self.root = root
        self.pending = root
    }

    /// The next node in document order, or `nil` at the end. `skipChildren` skips the subtree
    /// of the node returned last.
    mutating func next(skipChildren: Bool = false) -> xmlNodePtr? {
        guard let current = pending else { return nil }
        if !started {
            started = true
            depth = 1
            return current
        }
        if !skipChildren, let child = current.pointee.children, current.pointee.type == XML_ELEMENT_NODE || current.pointee.type == XML_DOCUMENT_NODE || current.pointee.type == XML_HTML_DOCUMENT_NODE {
            depth += 1
            pending = child
            return child
        }
        var node: xmlNodePtr? = current
        while let n = node {
            if n == root { pending = nil; return nil }
            if let sibling = n.pointee.next {
                pending = sibling
                return sibling
            }
            node = n.pointee.parent
            depth -= 1
        }
        pending = nil
        return nil
    }
}

/// Small readers over libxml2 nodes that do not allocate through libxml2.
enum Markup {
    /// The lower-case local name of an element, or `""`.
    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    /// The value of attribute `name` (compared without case), or `nil`.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == name {
                return text(of: a.pointee.children)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The concatenated content of text nodes in a sibling list (used for attribute values).
    private static func text(of first: xmlNodePtr?) -> String {
        var out = ""
        var node = first
        while let n = node {
            if let c = n.pointee.content { out += String(cString: c) }
            node = n.pointee.next
        }
        return out
    }

    /// All text under `node` in document order.
    static func textContent(_ node: xmlNodePtr) -> String {
        var out = ""
        var walker = NodeWalker(node)
        while let n = walker.next() {
            let t = n.pointee.type
            if t == XML_TEXT_NODE || t == XML_CDATA_SECTION_NODE, let c = n.pointee.content {
                out += String(cString: c)
            }
        }
        return out
    }
}
