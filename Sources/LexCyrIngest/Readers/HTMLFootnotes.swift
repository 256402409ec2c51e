import CLibXML2

/// Finds the footnotes of a web page from its links: a marker is a link whose text is a
/// number (`<sup><a href="#fn3">3</a></sup>`, Word's `<a href="#_ftn3">[3]</a>`), and the
/// element it points to — or the paragraph or list item around that element — is the
/// footnote. Back-links (`↩`, `↑`, the number linking back to the marker) are not part of the
/// footnote's text.
struct HTMLFootnotes {
    /// A footnote found on the page.
    struct Note {
        var id: Int
        var item: xmlNodePtr
    }

    /// Footnotes in the order of their markers.
    private(set) var notes: [Note] = []
    /// Marker links, with the footnote number each stands for.
    private(set) var markers: [xmlNodePtr: Int] = [:]
    /// The footnote elements (skipped when the body is read).
    private(set) var items: Set<xmlNodePtr> = []
    /// Elements that only hold footnotes, and their headings (`Сноски`), skipped in the body.
    private(set) var containers: Set<xmlNodePtr> = []

    /// Headings that introduce a list of footnotes.
    static let headings: Set<String> = ["сноски", "примечания", "примечание", "ссылки", "notes", "footnotes",
                                        "endnotes", "ескертпелер", "ескертпе", "сілтемелер"]

    /// Looks for footnotes under `root`.
    init(_ root: xmlNodePtr) {
        var targets = [String: xmlNodePtr]()
        var links = [(node: xmlNodePtr, target: String, number: Int)]()
        var walker = NodeWalker(root)
        while let n = walker.next() {
            guard n.pointee.type == XML_ELEMENT_NODE else { continue }
            for key in ["id", "name"] {
                if let value = Markup.attribute(n, key), targets[value] == nil { targets[value] = n }
            }
            if Markup.name(n) == "a", let href = Markup.attribute(n, "href"), href.hasPrefix("#"),
               let number = Self.markerNumber(Markup.textContent(n)) {
                links.append((n, String(href.dropFirst()), number))
            }
        }
        var seen = Set<Int>()
        for link in links {
            guard let target = targets[link.target], let item = Self.item(around: target),
                  !Self.contains(item, link.node), !seen.contains(link.number) else { continue }
            // A number linking from inside a footnote back to the text is a back-link.
            if items.contains(where: { Self.contains($0, link.node) }) { continue }
            seen.insert(link.number)
            markers[link.node] = link.number
            items.insert(item)
            notes.append(Note(id: link.number, item: item))
        }
        findContainers()
    }

    /// `3`, `[3]`, `(3)`, ` 3 ` → 3; anything else → `nil`.
    static func markerNumber(_ text: String) -> Int? {
        let core = text.unicodeScalars.filter { !$0.properties.isWhitespace && !"[]()".unicodeScalars.contains($0) }
        guard (1...3).contains(core.count), core.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        let n = core.reduce(0) { $0 &* 10 &+ Int($1.value - 0x30) }
        return n > 0 ? n : nil
    }

    /// The footnote element for a link target: the target itself when it is a block, else
    /// the nearest paragraph, list item or division around it.
    private static func item(around target: xmlNodePtr) -> xmlNodePtr? {
        var node: xmlNodePtr? = target
        while let n = node, n.pointee.type == XML_ELEMENT_NODE {
            if ["li", "p", "div", "dd", "aside", "section", "td"].contains(Markup.name(n)) { return n }
            node = n.pointee.parent
        }
        return nil
    }

    /// `true` when `inner` is `outer` or lies inside it.
    static func contains(_ outer: xmlNodePtr, _ inner: xmlNodePtr) -> Bool {
        var node: xmlNodePtr? = inner
        while let n = node {
            if n == outer { return true }
            node = n.pointee.parent
        }
        return false
    }

    /// The lists that hold the footnotes, with a heading just before them or inside their
    /// section (`<h2>Сноски</h2>`), are not body text.
    private mutating func findContainers() {
        for item in items {
            guard let parent = item.pointee.parent else { continue }
            var children = [xmlNodePtr]()
            var c = parent.pointee.children
            while let n = c { if n.pointee.type == XML_ELEMENT_NODE { children.append(n) }; c = n.pointee.next }
            // The parent holds only footnotes (and perhaps a separator or a heading).
            let others = children.filter { !items.contains($0) }
            guard others.allSatisfy({ Self.isSeparatorOrHeading($0) }) else { continue }
            containers.insert(parent)
            // A heading right before the list, or the list's section as a whole.
            var previous = parent.pointee.prev
            while let p = previous, p.pointee.type != XML_ELEMENT_NODE { previous = p.pointee.prev }
            if let p = previous, Self.isHeading(p) { containers.insert(p) }
        }
    }

    private static func isSeparatorOrHeading(_ node: xmlNodePtr) -> Bool {
        let name = Markup.name(node)
        return name == "hr" || name == "br" || isHeading(node)
            || Markup.textContent(node).allSatisfy { $0.isWhitespace }
    }

    private static func isHeading(_ node: xmlNodePtr) -> Bool {
        let words = Markup.textContent(node).lowercased().split { !$0.isLetter }
        return words.count == 1 && headings.contains(String(words[0]))
    }
}
