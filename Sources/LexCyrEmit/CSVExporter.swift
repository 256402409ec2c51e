import LexCyrCore

/// Exports a document's records as CSV (RFC 4180) for dataset builders: one row per act
/// mention, per date, or per power.
public struct CSVExporter: Sendable {
    /// Which records become rows.
    public enum Table: String, Sendable, CaseIterable {
        case acts, dates, powers
    }

    /// The table to export.
    public var table: Table

    /// Creates an exporter.
    public init(table: Table = .acts) {
        self.table = table
    }

    /// The header row (with a trailing newline).
    public var header: [UInt8] {
        row(columns)
    }

    /// Column names of ``table``.
    public var columns: [String] {
        switch table {
        case .acts:
            ["path", "act_id", "type", "jurisdiction", "issuer", "date", "number", "title", "url", "accessed",
             "citation", "footnote", "start", "end", "text"]
        case .dates:
            ["path", "value", "until", "precision", "role", "footnote", "start", "end", "text"]
        case .powers:
            ["path", "holder", "action", "object", "condition", "negated", "status", "since", "act_id",
             "footnote", "start", "end", "text"]
        }
    }

    /// The rows of `document` (without the header).
    public func rows(_ d: Document) -> [UInt8] {
        var out = [UInt8]()
        let path = d.source.path
        switch table {
        case .acts:
            for a in d.acts {
                out += row([path, a.actID, a.type.rawValue, a.jurisdiction, a.issuer, a.date, a.number, a.title, a.url,
                            a.accessed, a.isCitation ? "true" : "false", a.footnote.map(String.init), String(a.start),
                            String(a.end), a.text])
            }
        case .dates:
            for x in d.dates {
                out += row([path, x.value, x.until, x.precision.rawValue, x.role.rawValue, x.footnote.map(String.init),
                            String(x.start), String(x.end), x.text])
            }
        case .powers:
            for p in d.powers {
                out += row([path, p.holder, p.action, p.object, p.condition, p.negated ? "true" : "false",
                            p.status.rawValue, p.since, p.actID, p.footnote.map(String.init), String(p.start),
                            String(p.end), p.text])
            }
        }
        return out
    }

    private func row(_ fields: [String?]) -> [UInt8] {
        var out = [UInt8]()
        for (k, f) in fields.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            guard let f else { continue }
            let needsQuotes = f.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes {
                out.append(UInt8(ascii: "\""))
                for b in f.utf8 {
                    if b == UInt8(ascii: "\"") { out.append(b) }
                    out.append(b)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out += f.utf8
            }
        }
        out += [0x0D, 0x0A]
        return out
    }
}
