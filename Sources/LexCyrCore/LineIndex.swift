/// Maps scalar offsets in an input text to 1-based line and column numbers.
public struct LineIndex: Sendable, Equatable {
    /// Offsets at which each line starts.
    private let lineStarts: [Int]

    /// Indexes the lines of `scalars` (split at LF; CR LF counts as one break).
    public init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        starts.reserveCapacity(scalars.count / 32 + 1)
        scalars.withUnsafeBufferPointer { buffer in
            var from = 0
            while let i = buffer.firstIndex(of: "\n", in: from..<buffer.count) {
                starts.append(i + 1)
                from = i + 1
            }
        }
        lineStarts = starts
    }

    /// Indexes the lines of `scalars` (split at LF; CR LF counts as one break).
    public init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        var starts = [0]
        var i = 0
        for s in scalars {
            i += 1
            if s == "\n" { starts.append(i) }
        }
        lineStarts = starts
    }

    /// Number of lines.
    public var lineCount: Int { lineStarts.count }

    /// Line and column (both 1-based; the column counts Unicode scalars) of `offset`.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// Offset at which 1-based `line` starts, if it exists.
    public func start(ofLine line: Int) -> Int? {
        line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : nil
    }
}
