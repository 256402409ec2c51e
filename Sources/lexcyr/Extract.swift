import ArgumentParser
import Foundation
import LexCyr

/// `lexcyr extract`: one JSON document per input.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean each input and print its document as JSON.",
        discussion: """
        Prints pretty JSON for a single input on a terminal, JSON Lines otherwise.
        With --output, writes DIR/NAME.json for each input instead (atomically).

        Examples:
          lexcyr extract article.txt
          lexcyr extract --format jsonl a.txt b.txt > docs.jsonl
          cat article.txt | lexcyr extract -
          lexcyr extract --output out/ articles/*.txt
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Option(help: "Output format: json (pretty) or jsonl (one document per line).")
    var format: Format?

    @Option(help: "Write one <name>.json per input into this directory.")
    var output: String?

    @Option(help: "Encoding of text inputs (UTF-8, windows-1251, KOI8-R, UTF-16); detected when omitted.")
    var encoding: String?

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = InputLimits.default.maxBytes

    @Option(help: "Today's date (YYYY-MM-DD) for access-date checks.")
    var today: String?

    @Argument(help: "Input files, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input file, or - for standard input") }
    }

    func run() throws {
        let options = Pipeline.Options(limits: InputLimits(maxBytes: maxBytes), encoding: encoding, today: today)
        let pipeline = try Pipeline(options: options)
        let pretty: Bool = switch format {
        case .json: true
        case .jsonl: false
        case nil: inputs.count == 1 && isatty(STDOUT_FILENO) == 1
        }
        let encoder = DocumentEncoder(pretty: pretty && output == nil ? true : (output != nil))
        var failures = [String]()
        for path in inputs {
            do {
                let document = try pipeline.process(path: path)
                let bytes = encoder.encode(document)
                if let output {
                    try OutputWriter.write(bytes + [0x0A], for: path, into: output)
                } else {
                    FileHandle.standardOutput.write(Data(bytes + [0x0A]))
                }
            } catch {
                failures.append(error.description)
                Terminal.error(error.description)
            }
        }
        if !failures.isEmpty {
            if inputs.count > 1 {
                Terminal.error("\(inputs.count - failures.count) processed, \(failures.count) failed")
            }
            throw ExitCode(1)
        }
    }
}

/// Writes output files atomically: a temporary file in the same directory, then a rename.
enum OutputWriter {
    static func write(_ bytes: [UInt8], for input: String, into directory: String) throws(LexCyrError) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: directory, reason: "cannot create directory")
        }
        let base = input == "-" ? "stdin" : ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let target = (directory as NSString).appendingPathComponent(base + ".json")
        let temp = (directory as NSString).appendingPathComponent(".\(base).json.\(getpid()).tmp")
        guard fm.createFile(atPath: temp, contents: Data(bytes)) else {
            throw .writeFailed(path: temp, reason: "cannot create file")
        }
        if rename(temp, target) != 0 {
            unlink(temp)
            throw .writeFailed(path: target, reason: String(cString: strerror(errno)))
        }
    }
}

/// Messages to standard error.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("lexcyr: error: \(message)\n".utf8))
    }
}
