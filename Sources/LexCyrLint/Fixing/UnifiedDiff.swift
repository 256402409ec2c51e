/// A line diff in the unified format of `diff -u`, computed with Myers' O(ND) algorithm.
public enum UnifiedDiff {
    private enum Op: Equatable { case same, delete, insert }

    /// The diff turning `old` into `new` (empty when they are equal).
    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let ops = script(a.map(\.text), b.map(\.text))
        guard ops.contains(where: { $0 != .same }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        // Positions of each op in a and b.
        var pos = [(x: Int, y: Int)]()
        var x = 0, y = 0
        for op in ops {
            pos.append((x, y))
            if op != .insert { x += 1 }
            if op != .delete { y += 1 }
        }
        var k = 0
        while k < ops.count {
            guard ops[k] != .same else { k += 1; continue }
            // Grow the hunk while changes are within 2 × context of each other.
            let start = max(0, k - context)
            var end = k
            var lastChange = k
            while end < ops.count, end - lastChange <= 2 * context {
                if ops[end] != .same { lastChange = end }
                end += 1
            }
            end = min(ops.count, lastChange + context + 1)
            let oldCount = ops[start..<end].filter { $0 != .insert }.count
            let newCount = ops[start..<end].filter { $0 != .delete }.count
            out += "@@ -\(range(pos[start].x, oldCount)) +\(range(pos[start].y, newCount)) @@\n"
            for j in start..<end {
                let (prefix, line) = switch ops[j] {
                case .same: (" ", a[pos[j].x])
                case .delete: ("-", a[pos[j].x])
                case .insert: ("+", b[pos[j].y])
                }
                out += prefix + line.text + "\n"
                if !line.newline { out += "\\ No newline at end of file\n" }
            }
            k = end
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    private static func lines(_ s: String) -> [(text: String, newline: Bool)] {
        var parts = s.split(separator: "\n", omittingEmptySubsequences: false).map { (text: String($0), newline: true) }
        if parts.last?.text.isEmpty == true { parts.removeLast() } else if !parts.isEmpty { parts[parts.count - 1].newline = false }
        return parts
    }

    /// The shortest edit script from `a` to `b`: Myers' greedy algorithm, after the common
    /// prefix and suffix are set aside, keeping only the diagonals each step reached.
    private static func script(_ a: [String], _ b: [String]) -> [Op] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x0 = Array(a[prefix..<(a.count - suffix)]), y0 = Array(b[prefix..<(b.count - suffix)])
        let n = x0.count, m = y0.count
        let maxD = n + m
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        let off = maxD + 1
        var trace = [[Int]]()
        var found = false
        for d in 0...maxD {
            trace.append(Array(v[(off - d - 1)...(off + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1
                var y = x - k
                while x < n, y < m, x0[x] == y0[y] { x += 1; y += 1 }
                v[off + k] = x
                if x >= n && y >= m { found = true; break }
            }
            if found { break }
        }
        // Walk back through the saved diagonals.
        var ops = [Op]()
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let saved = trace[d]
            func at(_ k: Int) -> Int { saved[k + d + 1] }
            let k = x - y
            let prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let prevX = d == 0 ? 0 : at(prevK), prevY = d == 0 ? 0 : prevX - prevK
            while x > prevX, y > prevY { ops.append(.same); x -= 1; y -= 1 }
            if d > 0 { ops.append(x == prevX ? .insert : .delete) }
            x = prevX
            y = prevY
        }
        return [Op](repeating: .same, count: prefix) + ops.reversed() + [Op](repeating: .same, count: suffix)
    }
}
