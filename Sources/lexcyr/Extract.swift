import ArgumentParser
import Foundation
import LexCyr

/// `lexcyr extract`: one document per input, for one file or thousands.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean each input and print or write its document (JSON, JSON Lines, CSV or XML).",
        discussion: """
        Inputs are files, directories (walked recursively for .txt .pdf .xml .html files), glob
        patterns, or - for standard input. Files are processed concurrently on all cores; output
        keeps input order. A bad file never stops the batch: its error goes to standard error, a
        summary follows, and the exit status is 1.

        Prints pretty JSON for a single input on a terminal, JSON Lines otherwise. With --output,
        writes DIR/NAME.json (or .csv/.xml) per input atomically and skips inputs whose output is
        up to date (same content hash) unless --force.

        --stdin-jsonl reads one JSON object per line ({"path": ..., "text": ...}) and writes one
        document per line: a mapper for Spark's RDD.pipe() and Hadoop Streaming.

        Examples:
          lexcyr extract article.txt
          lexcyr extract --format jsonl articles/ > docs.jsonl
          lexcyr extract --output out/ 'articles/**/*.txt'
          lexcyr extract --format csv --table dates articles/ > dates.csv
          lexcyr extract --format xml article.txt > article.akn.xml
          cat article.txt | lexcyr extract -
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, csv, xml
    }

    @Option(help: "Output format: json (pretty), jsonl, csv (see --table) or xml (Akoma Ntoso).")
    var format: Format?

    @Option(help: "With --format csv: which records become rows (acts, dates, powers).")
    var table: String = "acts"

    @Option(help: "Write one output file per input into this directory.")
    var output: String?

    @Flag(help: "Reprocess inputs whose output in --output is up to date.")
    var force = false

    @Flag(help: "No progress display.")
    var quiet = false

    @Option(name: .customLong("jobs"), help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Encoding of text inputs (UTF-8, windows-1251, KOI8-R, UTF-16); detected when omitted.")
    var encoding: String?

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = InputLimits.default.maxBytes

    @Option(help: "Today's date (YYYY-MM-DD) for access-date checks.")
    var today: String?

    @Flag(help: "Read JSON Lines records ({\"path\", \"text\"}) from standard input; write one document per line.")
    var stdinJsonl = false

    @Argument(help: "Input files, directories, glob patterns, or - for standard input.")
    var inputs: [String] = []

    func validate() throws {
        if inputs.isEmpty && !stdinJsonl { throw ValidationError("give at least one input (a file, a directory, or - for standard input)") }
        if CSVExporter.Table(rawValue: table) == nil { throw ValidationError("--table must be acts, dates or powers") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let today, !DateArgument.isValid(today) { throw ValidationError("--today must be YYYY-MM-DD") }
    }

    func run() throws {
        let pipelineOptions = Pipeline.Options(limits: InputLimits(maxBytes: maxBytes), encoding: encoding, today: today)
        if stdinJsonl {
            try MapperMode(options: pipelineOptions).run()
            return
        }
        let (collected, argumentErrors) = InputCollector().collect(inputs)
        for e in argumentErrors { Terminal.error(e.description) }
        let format = self.format ?? (collected.count == 1 && output == nil && isatty(STDOUT_FILENO) == 1 ? .json : .jsonl)
        let renderer = Renderer(format: format, table: CSVExporter.Table(rawValue: table)!, toFiles: output != nil)
        let store = output.map { OutputStore(directory: $0, fileExtension: renderer.fileExtension) }
        let batch = BatchProcessor(options: .init(pipeline: pipelineOptions, workers: jobs, store: store, force: force,
                                                  render: renderer.render))
        let progress = Progress(total: collected.count, enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let out = FileHandle.standardOutput
        if output == nil, let head = renderer.streamHeader(count: collected.count) { out.write(Data(head)) }
        var failures = [String]()
        let summary = batch.run(collected) { _, input, outcome in
            switch outcome {
            case .processed(let bytes, let n):
                if let bytes { out.write(Data(bytes)) }
                progress.advance(bytes: n)
            case .skipped(let n):
                progress.advance(bytes: n)
            case .failed(let error):
                progress.clear()
                Terminal.error(error.description)
                failures.append(input.path)
                progress.advance(bytes: 0)
            }
        }
        if output == nil, let tail = renderer.streamFooter(count: collected.count) { out.write(Data(tail)) }
        progress.finish()
        let failed = summary.failed + argumentErrors.count
        if collected.count + argumentErrors.count > 1 {
            var line = "\(summary.processed) processed, \(summary.skipped) skipped, \(failed) failed"
            if !failures.isEmpty { line += ": " + failures.joined(separator: ", ") }
            Terminal.note(line)
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// Turns documents into output bytes for each format.
struct Renderer: Sendable {
    let format: Extract.Format
    let table: CSVExporter.Table
    let toFiles: Bool

    var fileExtension: String {
        switch format {
        case .json, .jsonl: "json"
        case .csv: "csv"
        case .xml: "xml"
        }
    }

    var render: @Sendable (Document) -> [UInt8] {
        let format = self.format, table = self.table, toFiles = self.toFiles
        return { document in
            switch format {
            case .json: return DocumentEncoder(pretty: true).encode(document) + [0x0A]
            case .jsonl: return DocumentEncoder(pretty: false).encode(document) + [0x0A]
            case .csv:
                let csv = CSVExporter(table: table)
                return (toFiles ? csv.header : []) + csv.rows(document)
            case .xml:
                let xml = AkomaNtosoExporter().export(document)
                return toFiles ? xml : AkomaNtosoExporter.stripDeclaration(xml)
            }
        }
    }

    /// What precedes the documents on standard output (CSV header, XML collection start).
    func streamHeader(count: Int) -> [UInt8]? {
        switch format {
        case .csv: CSVExporter(table: table).header
        case .xml: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection>\n".utf8)
        default: nil
        }
    }

    /// What follows the documents on standard output.
    func streamFooter(count: Int) -> [UInt8]? {
        format == .xml ? Array("</collection>\n".utf8) : nil
    }
}

/// Validates `YYYY-MM-DD` arguments.
enum DateArgument {
    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let m = Int(parts[1]), let d = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(m) && (1...31).contains(d)
    }
}

/// Messages to standard error.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("lexcyr: error: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("lexcyr: \(message)\n".utf8))
    }
}
