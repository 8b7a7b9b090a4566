package dev.newsflow.parser.extract;

import org.jsoup.nodes.Element;

/** Questions about where an element sits, asked by the content walk, scoring and cleaning. */
final class Ancestors {

    private Ancestors() {
    }

    /** Whether an ancestor of {@code el} within {@code maxDepth} levels (any depth when not positive) is a {@code tag}. */
    static boolean has(Element el, String tag, int maxDepth) {
        int depth = 0;
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (maxDepth > 0 && depth++ >= maxDepth) {
                return false;
            }
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code el} is {@code root} or still inside it. */
    static boolean isWithin(Element el, Element root) {
        for (Element p = el; p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }
}
