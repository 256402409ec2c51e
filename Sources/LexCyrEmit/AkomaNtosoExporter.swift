import CLibXML2
import LexCyrCore

/// Exports a document as Akoma Ntoso XML through libxml2's writer: the body as paragraphs, and
/// each act reference as a `<ref>` whose `href` is an FRBR-style work URI such as
/// `/akn/kz/act/law/2001-01-23/148`.
public struct AkomaNtosoExporter: Sendable {
    /// The Akoma Ntoso 3.0 namespace.
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// Creates an exporter.
    public init() {}

    /// The FRBR work URI of an act: `/akn/{country}/act/{type}/{date}/{number}`.
    public static func workURI(_ a: ActReference) -> String {
        let country = (a.jurisdiction ?? "xx").lowercased()
        let date = a.date ?? "unknown"
        var number = ""
        for s in (a.number ?? "").unicodeScalars {
            if s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) { number.unicodeScalars.append(s) }
            else if number.last != "-" { number.append("-") }
        }
        let tail = number.isEmpty ? "" : "/" + number
        return "/akn/\(country)/act/\(a.type.rawValue.split(separator: "_").joined(separator: "-"))/\(date)\(tail)"
    }

    /// The document as a UTF-8 XML file.
    public func export(_ d: Document) -> [UInt8] {
        guard let buffer = xmlBufferCreate() else { return [] }
        defer { xmlBufferFree(buffer) }
        guard let w = xmlNewTextWriterMemory(buffer, 0) else { return [] }
        xmlTextWriterSetIndent(w, 1)
        xmlTextWriterStartDocument(w, "1.0", "UTF-8", nil)
        write(d, w)
        xmlTextWriterEndDocument(w)
        xmlFreeTextWriter(w)
        let n = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: n))
    }

    /// `xml` without its leading XML declaration line (to embed documents in a collection).
    public static func stripDeclaration(_ xml: [UInt8]) -> [UInt8] {
        guard xml.starts(with: Array("<?xml".utf8)), let nl = xml.firstIndex(of: 0x0A) else { return xml }
        return Array(xml[(nl + 1)...])
    }

    /// Writes the `<akomaNtoso>` element of `d` into an open writer (for collections).
    func write(_ d: Document, _ w: xmlTextWriterPtr) {
        start(w, "akomaNtoso")
        attr(w, "xmlns", Self.namespace)
        start(w, "doc")
        attr(w, "name", "article")
        start(w, "meta")
        start(w, "identification")
        attr(w, "source", "#lexcyr")
        start(w, "FRBRWork")
        empty(w, "FRBRthis", ["value": d.source.path])
        empty(w, "FRBRuri", ["value": "sha256:" + d.source.sha256])
        end(w); end(w); end(w) // FRBRWork, identification, meta
        start(w, "mainBody")
        let scalars = Array(d.text.unicodeScalars)
        let bodyActs = d.acts.filter { $0.footnote == nil }.sorted { $0.start < $1.start }
        for block in d.blocks {
            start(w, block.kind == .heading ? "heading" : "p")
            attr(w, "class", block.kind.rawValue)
            attr(w, "xml:lang", block.lang)
            var cursor = block.start
            for a in bodyActs where a.start >= cursor && a.end <= block.end {
                text(w, scalars, cursor..<a.start)
                ref(w, a, scalars[a.start..<a.end])
                cursor = a.end
            }
            text(w, scalars, cursor..<block.end)
            end(w)
        }
        end(w) // mainBody
        if !d.footnotes.isEmpty {
            start(w, "attachments")
            for f in d.footnotes {
                start(w, "authorialNote")
                attr(w, "eId", "fn_\(f.id)")
                attr(w, "marker", String(f.id))
                let note = Array(f.text.unicodeScalars)
                var cursor = 0
                for a in d.acts.filter({ $0.footnote == f.id }).sorted(by: { $0.start < $1.start }) where a.start >= cursor && a.end <= note.count {
                    text(w, note, cursor..<a.start)
                    ref(w, a, note[a.start..<a.end])
                    cursor = a.end
                }
                text(w, note, cursor..<note.count)
                end(w)
            }
            end(w)
        }
        end(w); end(w) // doc, akomaNtoso
    }

    private func ref(_ w: xmlTextWriterPtr, _ a: ActReference, _ slice: ArraySlice<Unicode.Scalar>) {
        start(w, "ref")
        attr(w, "href", Self.workURI(a))
        attr(w, "eId", "ref_" + a.actID.split(separator: "/").joined(separator: "_"))
        var v = String.UnicodeScalarView()
        v.append(contentsOf: slice)
        xmlTextWriterWriteString(w, String(v))
        end(w)
    }

    private func text(_ w: xmlTextWriterPtr, _ s: [Unicode.Scalar], _ r: Range<Int>) {
        guard !r.isEmpty else { return }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[r])
        xmlTextWriterWriteString(w, String(v))
    }

    private func start(_ w: xmlTextWriterPtr, _ name: String) { xmlTextWriterStartElement(w, name) }
    private func end(_ w: xmlTextWriterPtr) { xmlTextWriterEndElement(w) }
    private func attr(_ w: xmlTextWriterPtr, _ name: String, _ value: String) { xmlTextWriterWriteAttribute(w, name, value) }
    private func empty(_ w: xmlTextWriterPtr, _ name: String, _ attributes: [String: String]) {
        start(w, name)
        for (k, v) in attributes.sorted(by: { $0.key < $1.key }) { attr(w, k, v) }
        end(w)
    }
}
