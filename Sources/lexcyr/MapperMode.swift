import Foundation
import LexCyr

/// `--stdin-jsonl`: reads `{"path": ..., "text": ...}` records (or bare JSON strings) line by
/// line from standard input and writes one JSON document per line, in order. A record that
/// cannot be processed yields `{"schema": "lexcyr/1-error", "path": ..., "error": ...}` so that
/// output lines stay one-to-one with input lines (what Spark's `RDD.pipe()` and Hadoop Streaming
/// expect).
struct MapperMode {
    let options: Pipeline.Options

    func run() throws {
        let pipeline = try Pipeline(options: options)
        let encoder = DocumentEncoder(pretty: false)
        let out = FileHandle.standardOutput
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            var path = "stdin:\(lineNumber)"
            var bytes: [UInt8]
            do {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
                if let text = object as? String {
                    bytes = encoder.encode(try pipeline.process(text: text, path: path))
                } else if let record = object as? [String: Any], let text = record["text"] as? String {
                    path = (record["path"] as? String) ?? (record["id"].map { "\($0)" }) ?? path
                    bytes = encoder.encode(try pipeline.process(text: text, path: path))
                } else {
                    bytes = errorRecord(path: path, message: "line \(lineNumber): expected a JSON string or an object with \"text\"")
                }
            } catch let error as LexCyrError {
                bytes = errorRecord(path: path, message: error.description)
            } catch {
                bytes = errorRecord(path: path, message: "line \(lineNumber): not JSON (\(error.localizedDescription))")
            }
            out.write(Data(bytes + [0x0A]))
        }
    }

    private func errorRecord(path: String, message: String) -> [UInt8] {
        FileHandle.standardError.write(Data("lexcyr: error: \(message)\n".utf8))
        var w = JSONWriter()
        w.beginObject()
        w.key("schema"); w.string("lexcyr/1-error")
        w.key("path"); w.string(path)
        w.key("error"); w.string(message)
        w.endObject()
        return w.bytes
    }
}
