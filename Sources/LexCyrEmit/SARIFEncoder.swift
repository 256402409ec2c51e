import LexCyrCore

/// Writes diagnostics as a SARIF 2.1.0 log, the format CI systems (GitHub code scanning,
/// GitLab, Azure DevOps) read.
///
/// One run, one tool (`lexcyr`) with its rules, one result per diagnostic. Columns count Unicode
/// code points, as LexCyr's do (`columnKind: unicodeCodePoints`).
public struct SARIFEncoder: Sendable {
    /// A rule of the tool: a diagnostic code with its default level.
    public struct Rule: Sendable, Equatable {
        /// The diagnostic code (`url-mismatch`).
        public var id: String
        /// One line saying what the rule checks.
        public var summary: String
        /// Default severity.
        public var level: Diagnostic.Severity
        /// Creates a rule.
        public init(id: String, summary: String, level: Diagnostic.Severity) {
            self.id = id
            self.summary = summary
            self.level = level
        }
    }

    /// The rules, listed in the log's `tool.driver.rules`.
    public var rules: [Rule]
    /// The tool's version.
    public var version: String
    /// Indent the output.
    public var pretty: Bool

    /// Creates an encoder.
    public init(rules: [Rule], version: String, pretty: Bool = false) {
        self.rules = rules
        self.version = version
        self.pretty = pretty
    }

    /// The log for `results`: each diagnostic with the path of the file it is about.
    public func encode(_ results: [(path: String, diagnostic: Diagnostic)]) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        w.beginObject()
        w.key("version"); w.string("2.1.0")
        w.key("$schema"); w.string("https://json.schemastore.org/sarif-2.1.0.json")
        w.beginArray(key: "runs")
        w.beginObject()
        w.beginObject(key: "tool")
        w.beginObject(key: "driver")
        w.key("name"); w.string("lexcyr")
        w.key("version"); w.string(version)
        w.beginArray(key: "rules")
        for r in rules {
            w.beginObject()
            w.key("id"); w.string(r.id)
            w.beginObject(key: "shortDescription"); w.key("text"); w.string(r.summary); w.endObject()
            w.beginObject(key: "defaultConfiguration"); w.key("level"); w.string(r.level.rawValue); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        w.key("columnKind"); w.string("unicodeCodePoints")
        w.beginArray(key: "results")
        for (path, d) in results { encode(d, path: path, ruleIndex: index[d.code], into: &w) }
        w.endArray()
        w.endObject()
        w.endArray()
        w.endObject()
        return w.bytes
    }

    private func encode(_ d: Diagnostic, path: String, ruleIndex: Int?, into w: inout JSONWriter) {
        w.beginObject()
        w.key("ruleId"); w.string(d.code)
        if let ruleIndex { w.key("ruleIndex"); w.int(ruleIndex) }
        w.key("level"); w.string(d.severity.rawValue)
        w.beginObject(key: "message"); w.key("text"); w.string(d.message); w.endObject()
        w.beginArray(key: "locations")
        w.beginObject()
        w.beginObject(key: "physicalLocation")
        w.beginObject(key: "artifactLocation"); w.key("uri"); w.string(Self.uri(path)); w.endObject()
        if let line = d.line {
            w.beginObject(key: "region")
            w.key("startLine"); w.int(line)
            if let column = d.column { w.key("startColumn"); w.int(column) }
            w.endObject()
        }
        w.endObject()
        w.endObject()
        w.endArray()
        w.endObject()
    }

    /// `path` as a URI reference: unreserved characters and `/` kept, the rest percent-encoded.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
