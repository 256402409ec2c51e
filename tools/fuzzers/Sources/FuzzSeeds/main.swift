// Writes the fuzzers' seed corpora from the project's documents, each seed at most LIMIT bytes:
//   OUT/text   raw text (Corpus/**/*.txt) cut at line ends            → cleaner, pipeline
//   OUT/units  the corpus cleaned, in ExtractorInput form              → dates, acts, powers, lint
//   OUT/xml    windows of poppler XML (Corpus/typeset, word-style)    → pdfxml, pipeline
//   OUT/html   windows of saved pages (Corpus/html)                   → html, pipeline
//   OUT/raw    Fixtures/encodings and malicious, whole                → pdfxml, html, pipeline
//   OUT/regressions  Fixtures/fuzz-regressions, whole                 → every target
//
//   FuzzSeeds ROOT OUT [LIMIT]      (LIMIT defaults to 4096)
import Foundation
import LexCyr

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: FuzzSeeds ROOT OUT [LIMIT]\n".utf8))
    exit(2)
}
let root = args[1], out = args[2]
let limit = args.count > 3 ? Int(args[3]) ?? 4096 : 4096
let fm = FileManager.default

func files(_ dir: String, _ extensions: Set<String>) -> [String] {
    let base = root + "/" + dir
    guard let walker = fm.enumerator(atPath: base) else { return [] }
    return walker.compactMap { $0 as? String }
        .filter { extensions.isEmpty || extensions.contains(($0 as NSString).pathExtension) }
        .map { base + "/" + $0 }
        .filter { var d: ObjCBool = false; return fm.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
        .sorted()
}

var counts = [String: Int]()
@MainActor func write(_ seeds: [[UInt8]], kind: String, name: String) {
    let dir = out + "/" + kind
    try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let file = String(name.dropFirst(root.count + 1)).replacingOccurrences(of: "/", with: "_")
    for (k, seed) in seeds.enumerated() where !seed.isEmpty {
        _ = fm.createFile(atPath: "\(dir)/\(file).\(k)", contents: Data(seed.prefix(limit)))
        counts[kind, default: 0] += 1
    }
}

for kind in ["text", "units", "xml", "html", "raw", "regressions"] { try? fm.removeItem(atPath: out + "/" + kind) }
let loader = InputLoader(poppler: PopplerRunner(searchPath: []), lexicon: nil)
let cleaner = TextCleaner(lexicon: nil)
for path in files("Corpus", ["txt", "xml", "html"]) {
    guard let bytes = fm.contents(atPath: path).map({ [UInt8]($0) }) else { continue }
    switch (path as NSString).pathExtension {
    case "txt": write(Bytes.lineChunks(bytes, limit: limit), kind: "text", name: path)
    case "xml": write(XMLWindows.windows(bytes, limit: limit), kind: "xml", name: path)
    default: write(HTMLWindows.windows(bytes, limit: limit), kind: "html", name: path)
    }
    if let source = try? loader.load(RawInput(path: path, bytes: bytes)) {
        write(UnitSeeds.seeds(cleaner.clean(source), limit: limit), kind: "units", name: path)
    }
}
for path in files("Fixtures", []) {
    guard let bytes = fm.contents(atPath: path) else { continue }
    write([[UInt8](bytes)], kind: path.contains("/fuzz-regressions/") ? "regressions" : "raw", name: path)
}
print(counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
