import CLibXML2

/// Tells the parts of a web page around an article (menus, scripts, banners, footers) from
/// the article itself, by element name, ARIA role and class or id words.
enum HTMLBoilerplate {
    /// Elements whose content is never text of the page.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "form", "button", "input", "select", "textarea", "label", "nav", "aside", "head", "title", "meta",
        "link", "menu", "dialog", "footer", "img", "video", "audio", "picture", "map",
    ]

    /// ARIA roles of page furniture.
    static let skippedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
        "dialog", "alertdialog", "tablist", "doc-backlink",
    ]

    /// Words of a class or id that mark page furniture (matched whole, after splitting at `-`,
    /// `_` and spaces: `main-nav`, `breadcrumbs`, `site_footer`, `share-buttons`).
    static let skippedWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "sidebar", "share",
        "sharing", "social", "cookie", "cookies", "banner", "advert", "advertisement", "ads", "promo",
        "related", "comments", "comment", "pagination", "pager", "toolbar", "subscribe", "newsletter",
        "popup", "modal", "skip", "widget", "hidden", "print", "login", "search", "tags", "rating",
    ]

    /// `true` when `node` (an element named `name`) and everything in it is page furniture.
    /// `inArticle` says whether the node is inside the article (an article's own header holds
    /// its title; a page header does not).
    static func skips(_ node: xmlNodePtr, name: String, inArticle: Bool) -> Bool {
        if skippedElements.contains(name) { return true }
        if name == "header" && !inArticle { return true }
        if let role = Markup.attribute(node, "role")?.lowercased(), skippedRoles.contains(role) { return true }
        if Markup.attribute(node, "hidden") != nil || Markup.attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        if let style = Markup.attribute(node, "style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        for attribute in ["class", "id"] {
            guard let value = Markup.attribute(node, attribute)?.lowercased() else { continue }
            let words = value.split { !$0.isLetter && !$0.isNumber }
            if words.contains(where: { skippedWords.contains(String($0)) }) { return true }
            if !inArticle, words.contains("header") { return true }
        }
        return false
    }

    /// Elements that hold an article: the one with the most text is read, the rest of the
    /// page is not. `nil` when the page marks none (then the whole body is read).
    static func articleRoot(_ root: xmlNodePtr) -> xmlNodePtr? {
        var best: (node: xmlNodePtr, length: Int)? = nil
        var walker = NodeWalker(root)
        while let n = walker.next() {
            guard n.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = Markup.name(n)
            let isArticle = name == "article" || name == "main" || Markup.attribute(n, "role")?.lowercased() == "main"
                || Markup.attribute(n, "itemprop")?.lowercased() == "articlebody"
            guard isArticle else { continue }
            let length = Markup.textContent(n).unicodeScalars.count
            if best == nil || length > best!.length { best = (n, length) }
        }
        return best?.node
    }
}
