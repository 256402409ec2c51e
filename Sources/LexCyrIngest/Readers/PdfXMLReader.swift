import CLibXML2
import LexCyrCore

/// Reads poppler's XML (`pdftohtml -xml`, root element `pdf2xml`) into a ``PdfLayout`` with
/// libxml2, in ``MarkupParser``'s safe configuration.
enum PdfXMLReader {
    /// Parses `bytes`. Throws ``LexCyrError/malformedMarkup(path:detail:)`` for XML that is not
    /// well-formed, declares entities, nests too deep, or is not poppler's format.
    static func read(_ bytes: [UInt8], path: String, limits: InputLimits) throws(LexCyrError) -> PdfLayout {
        let document = try MarkupParser.parseXML(bytes, path: path, limits: limits)
        guard let root = document.root, Markup.name(root) == "pdf2xml" else {
            throw .malformedMarkup(path: path, detail: "the root element is not <pdf2xml> (poppler's pdftohtml -xml output)")
        }
        var fonts = [String: (size: Double, bold: Bool)]()
        var pages = [PdfLayout.Page]()
        var pageNode = root.pointee.children
        while let p = pageNode {
            defer { pageNode = p.pointee.next }
            guard p.pointee.type == XML_ELEMENT_NODE, Markup.name(p) == "page" else { continue }
            var page = PdfLayout.Page(number: Int(Markup.attribute(p, "number") ?? "") ?? pages.count + 1,
                                      width: number(p, "width"), height: number(p, "height"), runs: [])
            var child = p.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                guard c.pointee.type == XML_ELEMENT_NODE else { continue }
                switch Markup.name(c) {
                case "fontspec":
                    if let id = Markup.attribute(c, "id") {
                        let family = Markup.attribute(c, "family") ?? ""
                        fonts[id] = (number(c, "size"), isBoldFamily(family))
                    }
                case "text":
                    let font = fonts[Markup.attribute(c, "font") ?? ""] ?? (number(c, "height"), false)
                    let text = Array(Markup.textContent(c).unicodeScalars)
                    guard text.contains(where: { !$0.properties.isWhitespace }) else { continue }
                    page.runs.append(PdfLayout.Run(top: number(c, "top"), left: number(c, "left"),
                                                   width: number(c, "width"), height: number(c, "height"),
                                                   size: font.size, bold: font.bold || isAllBold(c), text: text))
                default:
                    continue
                }
            }
            if page.height <= 0 { page.height = (page.runs.map(\.bottom).max() ?? 0) + 1 }
            if page.width <= 0 { page.width = (page.runs.map(\.right).max() ?? 0) + 1 }
            pages.append(page)
        }
        return PdfLayout(pages: pages)
    }

    /// The largest coordinate or size taken from the XML. A PDF page is at most 14 400 units
    /// a side (ISO 32000), a few times that at poppler's zoom; a larger value, or one that is not
    /// a finite number, can only come from a damaged or forged file and would overflow the
    /// integer grids the layout analysis counts positions on.
    static let largestCoordinate = 1_000_000.0

    /// The attribute `name` of `node` as a number; 0 when it is missing, not a number, not
    /// finite or beyond ``largestCoordinate``.
    private static func number(_ node: xmlNodePtr, _ name: String) -> Double {
        guard let v = Double(Markup.attribute(node, name) ?? ""), v.isFinite, abs(v) <= largestCoordinate else { return 0 }
        return v
    }

    private static func isBoldFamily(_ family: String) -> Bool {
        let f = family.lowercased()
        return f.contains("bold") || f.contains("black") || f.contains("heavy") || f.hasSuffix("-bd") || f.hasSuffix(",bd")
    }

    /// `true` when every non-blank text under `text` sits inside a `<b>` element.
    private static func isAllBold(_ text: xmlNodePtr) -> Bool {
        var child = text.pointee.children
        var sawBold = false
        while let c = child {
            defer { child = c.pointee.next }
            if c.pointee.type == XML_ELEMENT_NODE, Markup.name(c) == "b" { sawBold = true; continue }
            if c.pointee.type == XML_ELEMENT_NODE, Markup.name(c) == "i" || Markup.name(c) == "a" {
                if !isAllBold(c) { return false }
                sawBold = true
                continue
            }
            if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content,
               String(cString: content).contains(where: { !$0.isWhitespace }) { return false }
        }
        return sawBold
    }
}
