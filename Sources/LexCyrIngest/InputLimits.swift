/// Bounds that keep one bad input from taking the whole machine.
public struct InputLimits: Sendable, Equatable {
    /// Largest input accepted, in bytes (default 64 MiB).
    public var maxBytes: Int
    /// Deepest XML/HTML nesting accepted (default 256).
    public var maxMarkupDepth: Int

    /// Creates limits.
    public init(maxBytes: Int = 64 << 20, maxMarkupDepth: Int = 256) {
        self.maxBytes = maxBytes
        self.maxMarkupDepth = maxMarkupDepth
    }

    /// The defaults.
    public static let `default` = InputLimits()
}
