import CLibXML2

/// Document-order traversal of a libxml2 subtree without recursion (deep trees cannot
/// overflow the stack).
struct NodeWalker {
    private let root: xmlNodePtr
    private var pending: xmlNodePtr?
    /// Depth of the node last returned (the root is 1).
    private(set) var depth = 0
    private var started = false

    /// Walks `root` and everything under it.
    init(_ root: xmlNodePtr) {
        self.root = root
        self.pending = root
    }

    /// The next node in document order, or `nil` at the end. `skipChildren` skips the subtree
    /// of the node returned last.
    mutating func next(skipChildren: Bool = false) -> xmlNodePtr? {
        guard let current = pending else { return nil }
        if !started {
            started = true
            depth = 1
            return current
        }
        if !skipChildren, let child = current.pointee.children, current.pointee.type == XML_ELEMENT_NODE || current.pointee.type == XML_DOCUMENT_NODE || current.pointee.type == XML_HTML_DOCUMENT_NODE {
            depth += 1
            pending = child
            return child
        }
        var node: xmlNodePtr? = current
        while let n = node {
            if n == root { pending = nil; return nil }
            if let sibling = n.pointee.next {
                pending = sibling
                return sibling
            }
            node = n.pointee.parent
            depth -= 1
        }
        pending = nil
        return nil
    }
}
