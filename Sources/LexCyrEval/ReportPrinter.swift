/// Renders an ``Evaluator/Report`` as plain text.
public enum ReportPrinter {
    /// The report as lines of text; `verbose` adds the findings.
    public static func render(_ r: Evaluator.Report, verbose: Bool = false) -> String {
        var lines = ["== \(r.document)"]
        for (name, score) in r.scores {
            lines.append("  \(name.padding(18)) \(score)")
        }
        for (name, value, detail) in r.ratios {
            let v = (value * 10000).rounded() / 10000
            lines.append("  \(name.padding(18)) \(v) (\(detail))")
        }
        if verbose {
            for f in r.findings { lines.append("    - \(f)") }
        } else if !r.findings.isEmpty {
            lines.append("  (\(r.findings.count) findings; --verbose lists them)")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(_ n: Int) -> String {
        count >= n ? self : self + String(repeating: " ", count: n - count)
    }
}
