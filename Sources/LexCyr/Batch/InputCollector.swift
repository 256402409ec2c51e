import Foundation
import LexCyrCore

/// One input of a batch: where to read it and the name its output gets.
public struct BatchInput: Sendable, Equatable {
    /// Path to read (`-` for standard input).
    public var path: String
    /// Path of the output relative to the output directory, without extension
    /// (`sub/article` for `DIR/sub/article.txt`).
    public var outputName: String
}

/// Expands the command line's inputs: files, directories (walked recursively, symlink loops
/// detected), glob patterns, and `-`.
public struct InputCollector: Sendable {
    /// File extensions picked up when walking a directory.
    public static let documentExtensions: Set<String> = ["txt", "text", "pdf", "xml", "html", "htm"]

    /// Creates a collector.
    public init() {}

    /// The inputs in a stable order, and an error for every argument that names nothing.
    public func collect(_ arguments: [String]) -> (inputs: [BatchInput], errors: [LexCyrError]) {
        var inputs = [BatchInput]()
        var errors = [LexCyrError]()
        var seen = Set<String>()
        func add(_ path: String, name: String) {
            let key = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            guard path == "-" || seen.insert(key).inserted else { return }
            inputs.append(BatchInput(path: path, outputName: name))
        }
        for argument in arguments {
            if argument == "-" { add("-", name: "stdin"); continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDir) {
                if isDir.boolValue {
                    var visited = Set<String>()
                    var found = [(String, String)]()
                    walk(argument, relative: "", visited: &visited, found: &found, errors: &errors)
                    for (path, name) in found { add(path, name: name) }
                } else {
                    add(argument, name: Self.stem(of: (argument as NSString).lastPathComponent))
                }
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = Self.glob(argument)
                if matches.isEmpty { errors.append(.fileNotFound(path: argument)) }
                for m in matches { add(m, name: Self.stem(of: (m as NSString).lastPathComponent)) }
            } else {
                errors.append(.fileNotFound(path: argument))
            }
        }
        return (Self.disambiguated(inputs), errors)
    }

    /// Inputs whose output names collide (`a.pdf` and `a.xml` in one folder) keep their
    /// extension in the output name (`a.pdf`, `a.xml`), so no output overwrites another.
    static func disambiguated(_ inputs: [BatchInput]) -> [BatchInput] {
        var count = [String: Int]()
        for i in inputs { count[i.outputName, default: 0] += 1 }
        return inputs.map { input in
            guard count[input.outputName, default: 0] > 1, input.path != "-" else { return input }
            let ext = (input.path as NSString).pathExtension
            return ext.isEmpty ? input : BatchInput(path: input.path, outputName: input.outputName + "." + ext)
        }
    }

    private func walk(_ directory: String, relative: String, visited: inout Set<String>,
                      found: inout [(String, String)], errors: inout [LexCyrError]) {
        guard let resolved = realpath(directory, nil) else {
            errors.append(.unreadable(path: directory, reason: "cannot resolve path"))
            return
        }
        let real = String(cString: resolved)
        free(resolved)
        guard visited.insert(real).inserted else { return } // a symlink loop, or a directory seen twice
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            errors.append(.unreadable(path: directory, reason: "cannot list directory"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue } // dangling link
            if isDir.boolValue {
                walk(path, relative: rel, visited: &visited, found: &found, errors: &errors)
            } else if Self.documentExtensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append((path, Self.stem(of: rel)))
            }
        }
    }

    /// `name` without its extension.
    static func stem(of name: String) -> String {
        let ext = (name as NSString).pathExtension
        return ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
    }

    /// Paths matching a shell glob pattern, sorted.
    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths = [String]()
        for i in 0..<Int(result.gl_pathc) {
            if let p = result.gl_pathv[i] { paths.append(String(cString: p)) }
        }
        return paths.sorted()
    }
}
