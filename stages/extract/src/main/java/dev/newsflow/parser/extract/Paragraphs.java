package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability's rewriting of loose text into paragraphs, so that it is scored like text: runs of {@code <br><br>},
 * runs of inline content directly in a {@code <div>}, and divs that hold no block.
 */
final class Paragraphs {

    /** Blocks whose presence keeps a div a div rather than a paragraph. */
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr", "a", "del", "ins", "font", "u", "s", "strike", "big", "tt");

    private Paragraphs() {
    }

    /** Turns each run of two or more {@code <br>}s into a paragraph holding the inline content that follows it. */
    static void fromLineBreaks(List<Element> brs) {
        for (Element br : brs) {
            if (br.parent() == null) {
                continue;
            }
            Node next = nextSignificant(br.nextSibling());
            boolean replaced = false;
            while (next instanceof Element e && e.normalName().equals("br")) {
                replaced = true;
                Node after = nextSignificant(e.nextSibling());
                e.remove();
                next = after;
            }
            if (replaced) {
                Element p = new Element("p");
                br.replaceWith(p);
                Node n = p.nextSibling();
                while (n != null) {
                    if (n instanceof Element e && e.normalName().equals("br")) {
                        Node afterBr = nextSignificant(e.nextSibling());
                        if (afterBr instanceof Element e2 && e2.normalName().equals("br")) {
                            break;
                        }
                    }
                    if (!isPhrasing(n)) {
                        break;
                    }
                    Node sibling = n.nextSibling();
                    p.appendChild(n);
                    n = sibling;
                }
                trimTrailingWhitespace(p);
                if (p.parent() != null && p.parent().normalName().equals("p")) {
                    p.parent().tagName("div");
                }
            }
        }
    }

    private static Node nextSignificant(Node n) {
        while (n instanceof TextNode t && t.isBlank()) {
            n = n.nextSibling();
        }
        return n;
    }

    /** Runs of inline content directly inside a div become paragraphs, so they are scored like text. */
    static void wrapPhrasingRuns(Element div) {
        boolean hasBlockChild = false;
        // a child a paragraph would start at: inline content other than blank text
        boolean hasRunToWrap = false;
        for (Node c : div.childNodes()) {
            if (!isPhrasing(c)) {
                hasBlockChild = true;
            } else if (!(c instanceof TextNode t && t.isBlank())) {
                hasRunToWrap = true;
            }
        }
        if (!hasRunToWrap) {
            // most divs hold blocks and blank text only: nothing to wrap (the walk over a copy of the children below
            // would start no paragraph), so neither the copy nor the link density is needed
            return;
        }
        // An inline-only div is a paragraph (turned into one by the caller) unless it is mostly links: then, as in
        // Readability, its text is wrapped and the div stays, for the link-density cleaning to judge (hatnotes,
        // "more on this" lines, reviewer credits).
        if (!hasBlockChild && SubtreeStats.of(div).linkDensity() < 0.25) {
            return;
        }
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (isPhrasing(child)) {
                if (p == null) {
                    if (child instanceof TextNode t && t.isBlank()) {
                        continue;
                    }
                    p = new Element("p");
                    child.before(p);
                }
                p.appendChild(child);
            } else if (p != null) {
                trimTrailingWhitespace(p);
                p = null;
            }
        }
    }

    /** The element's only child when it is a {@code tag} and there is no text beside it; else null. */
    static Element singleChild(Element el, String tag) {
        // walks the child nodes: childrenSize() would rebuild jsoup's element list the walk has just invalidated
        Element only = null;
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return null;
            }
            if (n instanceof Element e) {
                if (only != null || !e.normalName().equals(tag)) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /** Whether a block below the element keeps it a div rather than a paragraph. */
    static boolean hasChildBlock(Element el) {
        return NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node != el && node instanceof Element d && DIV_TO_P.contains(d.normalName()) ? FilterResult.STOP
                        : FilterResult.CONTINUE;
            }
        }, el) == NodeFilter.FilterResult.STOP;
    }

    private static void trimTrailingWhitespace(Element p) {
        while (p.childNodeSize() > 0) {
            Node last = p.childNode(p.childNodeSize() - 1);
            if (last instanceof TextNode t && t.isBlank()) {
                last.remove();
            } else {
                break;
            }
        }
    }

    private static boolean isPhrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return true; // comments and data nodes travel with their neighbours
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
                for (Node c : e.childNodes()) {
                    if (!isPhrasing(c)) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }
}
