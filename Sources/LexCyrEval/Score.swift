/// Precision and recall of one measure.
public struct Score: Sendable, Equatable, CustomStringConvertible {
    /// Items found that were right.
    public var truePositives: Int
    /// Items found that were wrong.
    public var falsePositives: Int
    /// Items missed.
    public var falseNegatives: Int

    /// Creates a score.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Precision (1 when nothing was found).
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// Recall (1 when nothing was expected).
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// F1.
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// Adds another score's counts.
    public static func + (a: Score, b: Score) -> Score {
        Score(truePositives: a.truePositives + b.truePositives,
              falsePositives: a.falsePositives + b.falsePositives,
              falseNegatives: a.falseNegatives + b.falseNegatives)
    }

    /// Multiset precision/recall of `found` against `expected`.
    public static func multiset<T: Hashable>(found: [T], expected: [T]) -> Score {
        var remaining = [T: Int]()
        for e in expected { remaining[e, default: 0] += 1 }
        var tp = 0, fp = 0
        for f in found {
            if let n = remaining[f], n > 0 {
                remaining[f] = n - 1
                tp += 1
            } else {
                fp += 1
            }
        }
        return Score(truePositives: tp, falsePositives: fp, falseNegatives: remaining.values.reduce(0, +))
    }

    public var description: String {
        "P=\(format(precision)) R=\(format(recall)) F1=\(format(f1)) (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))"
    }

    private func format(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        return String(v)
    }
}
