/// Text built by the cleaner, each scalar remembering where it came from in the input.
///
/// `origins[i]` is the offset (Unicode scalars) in the decoded input of the scalar `scalars[i]`,
/// or `-1` for a scalar the cleaner inserted (a space that joins two lines).
public struct MappedText: Sendable, Equatable {
    /// The text, one element per Unicode scalar.
    public private(set) var scalars: [Unicode.Scalar]
    /// For each scalar, its offset in the decoded input, or `-1` when synthesised.
    public private(set) var origins: [Int32]

    /// Creates an empty text.
    public init() {
        scalars = []
        origins = []
    }

    /// Creates a text from its scalars and their origins (two arrays of the same length).
    public init(scalars: [Unicode.Scalar], origins: [Int32]) {
        precondition(scalars.count == origins.count, "one origin per scalar")
        self.scalars = scalars
        self.origins = origins
    }

    /// Creates a text whose scalars map one-to-one onto the input from `offset` on.
    public init(_ string: String, origin offset: Int = 0) {
        scalars = Array(string.unicodeScalars)
        origins = (0..<scalars.count).map { Int32(offset + $0) }
    }

    /// Number of scalars.
    public var count: Int { scalars.count }

    /// `true` when there are no scalars.
    public var isEmpty: Bool { scalars.isEmpty }

    /// Reserves room for `n` scalars.
    public mutating func reserveCapacity(_ n: Int) {
        scalars.reserveCapacity(n)
        origins.reserveCapacity(n)
    }

    /// Appends one scalar with its origin (`-1` when synthesised).
    public mutating func append(_ scalar: Unicode.Scalar, origin: Int) {
        scalars.append(scalar)
        origins.append(Int32(truncatingIfNeeded: origin))
    }

    /// Appends `run` with the given `origins` (one per scalar).
    public mutating func append(contentsOf run: ArraySlice<Unicode.Scalar>, origins runOrigins: ArraySlice<Int32>) {
        precondition(run.count == runOrigins.count, "one origin per scalar")
        run.withUnsafeBufferPointer { scalars.append(contentsOf: $0) }
        runOrigins.withUnsafeBufferPointer { origins.append(contentsOf: $0) }
    }

    /// Appends a slice of another mapped text.
    public mutating func append(contentsOf other: MappedText, range: Range<Int>) {
        append(contentsOf: other.scalars[range], origins: other.origins[range])
    }

    /// Removes every scalar; with `keepingCapacity`, the storage stays for the next text built
    /// in it.
    public mutating func removeAll(keepingCapacity: Bool = false) {
        scalars.removeAll(keepingCapacity: keepingCapacity)
        origins.removeAll(keepingCapacity: keepingCapacity)
    }

    /// A copy in storage of its own, sized to the text: what to keep of a text built in a
    /// buffer that is reused (see ``removeAll(keepingCapacity:)``).
    public func compacted() -> MappedText {
        MappedText(scalars: Self.exactCopy(scalars), origins: Self.exactCopy(origins))
    }

    private static func exactCopy<T>(_ array: [T]) -> [T] {
        array.withUnsafeBufferPointer { source in
            [T](unsafeUninitializedCapacity: source.count) { buffer, count in
                if let from = source.baseAddress, let to = buffer.baseAddress { to.initialize(from: from, count: source.count) }
                count = source.count
            }
        }
    }

    /// Removes trailing scalars that satisfy `predicate`.
    public mutating func trimTrailing(where predicate: (Unicode.Scalar) -> Bool) {
        while let last = scalars.last, predicate(last) {
            scalars.removeLast()
            origins.removeLast()
        }
    }

    /// The text as a `String`.
    public var string: String {
        String(scalars: scalars)
    }

    /// The text of `range` as a `String`.
    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The input offset nearest to text offset `i`: its own origin, or that of the closest
    /// mapped scalar before it (then after it).
    public func origin(at i: Int) -> Int? {
        guard !origins.isEmpty else { return nil }
        var j = min(max(i, 0), origins.count - 1)
        while j >= 0 {
            if origins[j] >= 0 { return Int(origins[j]) }
            j -= 1
        }
        j = min(max(i, 0), origins.count - 1)
        while j < origins.count {
            if origins[j] >= 0 { return Int(origins[j]) }
            j += 1
        }
        return nil
    }
}
