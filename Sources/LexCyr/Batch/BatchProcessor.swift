import Foundation
import LexCyrCore
import LexCyrIngest

/// Processes many inputs concurrently on all cores, keeping the output in input order, never
/// holding more than a small window of documents in memory, and never stopping for one bad file.
///
/// ```swift
/// let batch = BatchProcessor(options: .init(render: { DocumentEncoder().encode($0) }))
/// let summary = batch.run(inputs) { index, input, outcome in ... }
/// ```
public final class BatchProcessor: Sendable {
    /// What happened to one input.
    public enum Outcome: Sendable {
        /// Processed; `output` holds the rendered bytes unless they were written to the store.
        case processed(output: [UInt8]?, bytesRead: Int)
        /// Skipped: the output in the store is up to date.
        case skipped(bytesRead: Int)
        /// Failed with an error naming the file.
        case failed(LexCyrError)
    }

    /// Batch options.
    public struct Options: Sendable {
        /// Pipeline options for every worker.
        public var pipeline: Pipeline.Options
        /// Number of worker threads (default: all cores).
        public var workers: Int
        /// Where to write one output per input, or `nil` to hand the bytes to the caller.
        public var store: OutputStore?
        /// Reprocess inputs whose output is up to date.
        public var force: Bool
        /// Renders a document to the bytes of its output.
        public var render: @Sendable (Document) -> [UInt8]

        /// Creates options.
        public init(pipeline: Pipeline.Options = .init(), workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                    store: OutputStore? = nil, force: Bool = false, render: @escaping @Sendable (Document) -> [UInt8]) {
            self.pipeline = pipeline
            self.workers = max(1, workers)
            self.store = store
            self.force = force
            self.render = render
        }
    }

    /// Counts at the end of a batch.
    public struct Summary: Sendable, Equatable {
        /// Inputs processed.
        public var processed = 0
        /// Inputs skipped as up to date.
        public var skipped = 0
        /// Inputs that failed.
        public var failed = 0
        /// Bytes read.
        public var bytes = 0
    }

    /// The options in force.
    public let options: Options

    /// Creates a batch processor.
    public init(options: Options) {
        self.options = options
    }

    /// Runs the batch. `emit` is called on the calling thread, once per input, in input order.
    public func run(_ inputs: [BatchInput], emit: (Int, BatchInput, Outcome) -> Void) -> Summary {
        let queue = ResultQueue(count: inputs.count, window: options.workers * 4)
        let workers = min(options.workers, max(inputs.count, 1))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let options = self.options
            Thread.detachNewThread {
                defer { group.leave() }
                let pipeline: Pipeline
                do { pipeline = try Pipeline(options: options.pipeline) } catch {
                    while let i = queue.next() {
                        queue.put(i, .failed(.unreadable(path: inputs[i].path, reason: "\(error)")))
                    }
                    return
                }
                while let i = queue.next() {
                    queue.put(i, Self.process(inputs[i], pipeline: pipeline, options: options))
                }
            }
        }
        var summary = Summary()
        for i in 0..<inputs.count {
            let outcome = queue.take(i)
            switch outcome {
            case .processed(_, let n): summary.processed += 1; summary.bytes += n
            case .skipped(let n): summary.skipped += 1; summary.bytes += n
            case .failed: summary.failed += 1
            }
            emit(i, inputs[i], outcome)
        }
        group.wait()
        return summary
    }

    private static func process(_ input: BatchInput, pipeline: Pipeline, options: Options) -> Outcome {
        do {
            let raw = try InputLoader(limits: options.pipeline.limits, encoding: options.pipeline.encoding).read(path: input.path)
            if let store = options.store, !options.force, store.isUpToDate(input, sha256: raw.sha256) {
                return .skipped(bytesRead: raw.bytes.count)
            }
            let document = try pipeline.process(raw)
            let bytes = options.render(document)
            if let store = options.store {
                try store.write(bytes, for: input)
                return .processed(output: nil, bytesRead: raw.bytes.count)
            }
            return .processed(output: bytes, bytesRead: raw.bytes.count)
        } catch {
            return .failed(error)
        }
    }
}

/// Hands out input indices to workers and gives results back in order, with at most `window`
/// results waiting, so memory stays bounded however many inputs there are.
final class ResultQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var nextIndex = 0
    private var taken = 0
    private var results: [Int: BatchProcessor.Outcome] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(window, 1)
    }

    /// The next index to process, or `nil` when all are handed out. Blocks while the window is full.
    func next() -> Int? {
        condition.lock(); defer { condition.unlock() }
        while nextIndex < count && nextIndex >= taken + window { condition.wait() }
        guard nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }

    /// Stores the result of index `i`.
    func put(_ i: Int, _ outcome: BatchProcessor.Outcome) {
        condition.lock()
        results[i] = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for and removes the result of index `i`.
    func take(_ i: Int) -> BatchProcessor.Outcome {
        condition.lock(); defer { condition.unlock() }
        while results[i] == nil { condition.wait() }
        taken = i + 1
        condition.broadcast()
        return results.removeValue(forKey: i)!
    }
}
