import CLibXML2

/// Small readers over libxml2 nodes that do not allocate through libxml2.
enum Markup {
    /// The lower-case local name of an element, or `""`.
    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    /// The value of attribute `name` (compared without case), or `nil`.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == name {
                return text(of: a.pointee.children)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The concatenated content of text nodes in a sibling list (used for attribute values).
    private static func text(of first: xmlNodePtr?) -> String {
        var out = ""
        var node = first
        while let n = node {
            if let c = n.pointee.content { out += String(cString: c) }
            node = n.pointee.next
        }
        return out
    }

    /// All text under `node` in document order.
    static func textContent(_ node: xmlNodePtr) -> String {
        var out = ""
        var walker = NodeWalker(node)
        while let n = walker.next() {
            let t = n.pointee.type
            if t == XML_TEXT_NODE || t == XML_CDATA_SECTION_NODE, let c = n.pointee.content {
                out += String(cString: c)
            }
        }
        return out
    }
}
