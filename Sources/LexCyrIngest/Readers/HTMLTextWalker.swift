import CLibXML2

/// Reads the text of an HTML subtree as paragraphs, the way a browser lays it out: block
/// elements end paragraphs, white space collapses, `<br>` breaks a line, page furniture
/// (``HTMLBoilerplate``) and footnotes (read on their own) are left out, and footnote markers
/// are glued to the word before them (`Наций1`), as the cleaner expects.
struct HTMLTextWalker {
    /// The footnotes of the page.
    let footnotes: HTMLFootnotes
    /// `true` while reading a footnote: back-links (`↩`, `[1]` linking back) are dropped.
    var readingFootnote = false

    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "pre", "table", "tr", "thead", "tbody", "tfoot", "section", "article", "main", "header", "figure",
        "figcaption", "address", "hr", "center", "caption", "details", "summary", "body", "html",
    ]

    /// The paragraphs under `root`; `inArticle` when `root` is (inside) the article.
    func paragraphs(_ root: xmlNodePtr, inArticle: Bool) -> [[Unicode.Scalar]] {
        var writer = ParagraphWriter()
        // An explicit stack (node, entering) keeps deep markup off the call stack.
        var stack: [(node: xmlNodePtr, entering: Bool)] = [(root, true)]
        var articleDepth = inArticle ? 1 : 0
        var preDepth = 0
        while let (node, entering) = stack.popLast() {
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if let c = node.pointee.content { writer.text(String(cString: c), preformatted: preDepth > 0) }
                continue
            }
            guard type == XML_ELEMENT_NODE else { continue }
            let name = Markup.name(node)
            if !entering {
                if Self.blocks.contains(name) { writer.endParagraph() }
                if name == "article" || name == "main" { articleDepth -= 1 }
                if name == "pre" { preDepth -= 1 }
                if name == "td" || name == "th" { writer.space() }
                continue
            }
            if node != root && (footnotes.items.contains(node) || footnotes.containers.contains(node)) { continue }
            if HTMLBoilerplate.skips(node, name: name, inArticle: articleDepth > 0) { continue }
            if readingFootnote, isBackLink(node, name: name) { continue }
            if let n = footnotes.markers[node] ?? supNumber(node, name: name) {
                if !readingFootnote { writer.glue(String(n)) }
                continue
            }
            if name == "br" { writer.lineBreak(); continue }
            if Self.blocks.contains(name) { writer.endParagraph() }
            if name == "article" || name == "main" { articleDepth += 1 }
            if name == "pre" { preDepth += 1 }
            stack.append((node, false))
            var children = [xmlNodePtr]()
            var child = node.pointee.children
            while let c = child { children.append(c); child = c.pointee.next }
            for c in children.reversed() { stack.append((c, true)) }
        }
        writer.endParagraph()
        return writer.paragraphs
    }

    /// A `<sup>` holding only a number (a marker without a link).
    private func supNumber(_ node: xmlNodePtr, name: String) -> Int? {
        guard name == "sup" else { return nil }
        return HTMLFootnotes.markerNumber(Markup.textContent(node))
    }

    /// A link inside a footnote that leads back to the text: `↩`, `↑`, `^`, `[1]`, `назад`.
    private func isBackLink(_ node: xmlNodePtr, name: String) -> Bool {
        guard name == "a", let href = Markup.attribute(node, "href"), href.hasPrefix("#") else { return false }
        let words = Markup.textContent(node).lowercased().split { !$0.isLetter }
        guard let word = words.first else { return true }
        return words.count == 1 && ["назад", "back", "вернуться", "return", "қайту", "артқа"].contains(String(word))
    }
}
