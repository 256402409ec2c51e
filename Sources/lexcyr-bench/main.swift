// lexcyr-bench: times one stage of LexCyr over a corpus repeated to a given size, in this
// process only, and prints one JSON line: {stage, bytes, docs, seconds, mb_per_s, peak_rss_kb}.
//
//   lexcyr-bench --stage pipeline --mb 50 Corpus/seed/kz-president-local-authorities.txt ...
//
// Stages: icu-wordbreak (baseline: decode + ICU word breaks over the raw text), decode, clean,
// tokenize, dates, acts (acts-notes, acts-body: footnotes or body alone), powers, lint, json, pipeline
// (all of it, as `lexcyr extract` does).
// tools/bench.py runs every stage in its own process so each peak RSS is the stage's own.
import Foundation
import LexCyr
import LexCyrUnicode

struct BenchError: Error, CustomStringConvertible {
    var description: String
}

func argument(_ name: String, default value: String) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    return value
}

func peakRSSKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
}

let stage = argument("--stage", default: "pipeline")
let targetMB = Double(argument("--mb", default: "50")) ?? 50
var files = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
// Drop option values.
for name in ["--stage", "--mb"] {
    if let i = CommandLine.arguments.firstIndex(of: name), i + 1 < CommandLine.arguments.count {
        if let j = files.firstIndex(of: CommandLine.arguments[i + 1]) { files.remove(at: j) }
    }
}
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("usage: lexcyr-bench --stage STAGE [--mb N] FILE...\n".utf8))
    exit(2)
}

let inputs: [RawInput] = files.map { path in
    RawInput(path: path, bytes: [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
}
let unitBytes = inputs.reduce(0) { $0 + $1.bytes.count }
let repeats = max(1, Int((targetMB * 1_000_000 / Double(max(unitBytes, 1))).rounded(.up)))
let totalBytes = unitBytes * repeats
let options = Pipeline.Options(today: "2023-12-31")
let pipeline = try Pipeline(options: options)
let tokenizer = try Tokenizer(locale: "ru")
let loader = InputLoader()

// Work that precedes the timed stage is prepared once per distinct input, outside the clock.
struct Prepared {
    var source: SourceText
    var cleaned: CleanedText
    var body: TextUnit
    var notes: [TextUnit]
    var markers: [MarkerPosition]
    var document: Document
}

@MainActor func prepare(_ input: RawInput) throws -> Prepared {
    let source = try loader.load(input)
    let cleaned = TextCleaner().clean(source)
    let body = TextUnit(scalars: cleaned.body.scalars, footnote: nil, tokenizer: tokenizer)
    let notes = cleaned.footnotes.map { TextUnit(scalars: $0.text.scalars, footnote: $0.id, tokenizer: tokenizer) }
    let markers = cleaned.footnotes.compactMap { f in f.marker.map { MarkerPosition(id: f.id, offset: $0.start) } }
    return Prepared(source: source, cleaned: cleaned, body: body, notes: notes, markers: markers,
                    document: pipeline.process(source, path: input.path, sha256: input.sha256))
}

let needsPrepared: Set<String> = ["tokenize", "dates", "acts", "acts-notes", "acts-body", "powers", "lint", "json"]
let prepared = needsPrepared.contains(stage) ? try inputs.map(prepare) : []
let emptyUnit = TextUnit("", tokenizer: tokenizer)
/// `acts-notes` and `acts-body` time the act extractor on the footnotes or the body alone and
/// count only those bytes (UTF-8 of the cleaned text).
func utf8Count(_ scalars: [Unicode.Scalar]) -> Int { scalars.reduce(0) { $0 + UTF8.width($1) } }
let measuredUnitBytes: Int = switch stage {
case "acts-notes": prepared.reduce(0) { $0 + $1.notes.reduce(0) { $0 + utf8Count($1.scalars) } }
case "acts-body": prepared.reduce(0) { $0 + utf8Count($1.body.scalars) }
default: unitBytes
}

var sink = 0 // keeps the optimiser from dropping work
/// CPU time of this thread, in seconds: on a shared machine the wall clock measures the others too.
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
let cpuStart = threadCPUSeconds()
let start = DispatchTime.now().uptimeNanoseconds
for _ in 0..<repeats {
    for (k, input) in inputs.enumerated() {
        switch stage {
        case "icu-wordbreak":
            let scalars = Array(String(decoding: input.bytes, as: UTF8.self).unicodeScalars)
            sink &+= tokenizer.tokenize(scalars).count
        case "decode":
            sink &+= try loader.load(input).scalars.count
        case "clean":
            let source = try loader.load(input)
            sink &+= TextCleaner().clean(source).body.count
        case "tokenize":
            let p = prepared[k]
            sink &+= tokenizer.tokenize(p.cleaned.body.scalars).count
            for f in p.cleaned.footnotes { sink &+= tokenizer.tokenize(f.text.scalars).count }
        case "dates":
            let p = prepared[k]
            let x = DateExtractor()
            sink &+= x.extract(p.body).count
            for n in p.notes { sink &+= x.extract(n).count }
        case "acts":
            let p = prepared[k]
            sink &+= ActExtractor().extract(body: p.body, footnotes: p.notes, markers: p.markers).count
        case "acts-notes":
            sink &+= ActExtractor().extract(body: emptyUnit, footnotes: prepared[k].notes, markers: []).count
        case "acts-body":
            sink &+= ActExtractor().extract(body: prepared[k].body, footnotes: [], markers: []).count
        case "powers":
            let p = prepared[k]
            sink &+= PowerExtractor().extract(body: p.body, acts: p.document.acts, markers: p.markers).count
        case "lint":
            // As the pipeline calls it: with the cleaner's markers and scalars.
            let p = prepared[k]
            sink &+= CitationLinter(today: "2023-12-31").lint(p.document, markers: p.cleaned.markers, body: p.cleaned.body.scalars,
                                                              footnotes: p.cleaned.footnotes.map(\.text.scalars)).count
        case "json":
            sink &+= DocumentEncoder().encode(prepared[k].document).count
        case "pipeline":
            let document = try pipeline.process(input)
            sink &+= DocumentEncoder().encode(document).count
        default:
            throw BenchError(description: "unknown stage \(stage)")
        }
    }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let cpuSeconds = threadCPUSeconds() - cpuStart
let measuredBytes = measuredUnitBytes * repeats
let mbps = Double(measuredBytes) / 1_000_000 / seconds
let cpuMBps = Double(measuredBytes) / 1_000_000 / cpuSeconds
print("{\"stage\":\"\(stage)\",\"bytes\":\(measuredBytes),\"docs\":\(repeats * inputs.count),\"seconds\":\(seconds),\"mb_per_s\":\(mbps),\"cpu_seconds\":\(cpuSeconds),\"cpu_mb_per_s\":\(cpuMBps),\"peak_rss_kb\":\(peakRSSKilobytes()),\"sink\":\(sink % 10)}")
