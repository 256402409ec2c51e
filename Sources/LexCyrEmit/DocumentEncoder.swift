import LexCyrCore

/// Encodes a ``Document`` as JSON following the `lexcyr/1` contract (see `schema/lexcyr-1.schema.json`).
public struct DocumentEncoder: Sendable {
    /// Indent the output (for a terminal) instead of one line (JSON Lines).
    public var pretty: Bool

    /// Creates an encoder.
    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The document as UTF-8 JSON bytes (no trailing newline).
    public func encode(_ d: Document) -> [UInt8] {
        // Room for the texts (written once each, nearly always unescaped) and the fields around them.
        let room = d.text.utf8.count + d.footnotes.reduce(0) { $0 + $1.text.utf8.count }
            + 400 * (d.acts.count + d.dates.count + d.powers.count + d.diagnostics.count + d.blocks.count + d.footnotes.count)
        var w = JSONWriter(pretty: pretty, capacity: room + room / 8 + 1024)
        w.beginObject()
        w.key("schema"); w.string(Document.schemaID)
        w.key("source"); encode(d.source, into: &w)
        w.key("text"); w.string(d.text)
        w.beginArray(key: "blocks")
        for b in d.blocks {
            w.beginObject()
            w.key("kind"); w.string(b.kind.rawValue)
            w.key("lang"); w.string(b.lang)
            w.key("start"); w.int(b.start)
            w.key("end"); w.int(b.end)
            w.endObject()
        }
        w.endArray()
        w.beginArray(key: "footnotes")
        for f in d.footnotes {
            w.beginObject()
            w.key("id"); w.int(f.id)
            w.key("text"); w.string(f.text)
            if let m = f.marker {
                w.beginObject(key: "marker")
                w.key("start"); w.int(m.start)
                w.key("end"); w.int(m.end)
                w.endObject()
            } else {
                w.key("marker"); w.null()
            }
            w.endObject()
        }
        w.endArray()
        w.beginArray(key: "acts")
        for a in d.acts { encode(a, into: &w) }
        w.endArray()
        w.beginArray(key: "dates")
        for x in d.dates {
            w.beginObject()
            w.key("value"); w.string(x.value)
            if x.isPeriod || x.until != nil { w.key("until"); w.string(x.until) }
            w.key("precision"); w.string(x.precision.rawValue)
            w.key("text"); w.string(x.text)
            w.key("role"); w.string(x.role.rawValue)
            w.key("footnote"); w.int(x.footnote)
            w.key("start"); w.int(x.start)
            w.key("end"); w.int(x.end)
            w.endObject()
        }
        w.endArray()
        w.beginArray(key: "powers")
        for p in d.powers {
            w.beginObject()
            w.key("holder"); w.string(p.holder)
            w.key("action"); w.string(p.action)
            w.key("object"); w.string(p.object)
            w.key("condition"); w.string(p.condition)
            w.key("negated"); w.bool(p.negated)
            w.key("status"); w.string(p.status.rawValue)
            w.key("since"); w.string(p.since)
            w.key("act_id"); w.string(p.actID)
            w.key("text"); w.string(p.text)
            w.key("footnote"); w.int(p.footnote)
            w.key("start"); w.int(p.start)
            w.key("end"); w.int(p.end)
            w.endObject()
        }
        w.endArray()
        w.beginArray(key: "diagnostics")
        for x in d.diagnostics { encode(x, into: &w) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    func encode(_ a: ActReference, into w: inout JSONWriter) {
        w.beginObject()
        w.key("type"); w.string(a.type.rawValue)
        w.key("jurisdiction"); w.string(a.jurisdiction)
        w.key("issuer"); w.string(a.issuer)
        w.key("date"); w.string(a.date)
        w.key("number"); w.string(a.number)
        w.key("title"); w.string(a.title)
        w.key("url"); w.string(a.url)
        w.key("accessed"); w.string(a.accessed)
        w.key("footnote"); w.int(a.footnote)
        w.key("start"); w.int(a.start)
        w.key("end"); w.int(a.end)
        w.key("act_id"); w.string(a.actID)
        w.key("text"); w.string(a.text)
        w.key("citation"); w.bool(a.isCitation)
        w.beginArray(key: "relations")
        for r in a.relations {
            w.beginObject()
            w.key("kind"); w.string(r.kind)
            w.key("act_id"); w.string(r.actID)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// Encodes the `source` object (`{path, sha256, format, encoding}`).
    public func encode(_ source: Source, into w: inout JSONWriter) {
        w.beginObject()
        w.key("path"); w.string(source.path)
        w.key("sha256"); w.string(source.sha256)
        w.key("format"); w.string(source.format.rawValue)
        w.key("encoding"); w.string(source.encoding)
        w.endObject()
    }

    /// Encodes one diagnostic object.
    public func encode(_ x: Diagnostic, into w: inout JSONWriter) {
        w.beginObject()
        w.key("code"); w.string(x.code)
        w.key("severity"); w.string(x.severity.rawValue)
        w.key("message"); w.string(x.message)
        w.key("footnote"); w.int(x.footnote)
        w.key("line"); w.int(x.line)
        w.key("column"); w.int(x.column)
        w.endObject()
    }
}
