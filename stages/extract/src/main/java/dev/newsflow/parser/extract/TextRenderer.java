package dev.newsflow.parser.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Renders an element subtree as plain text: paragraphs and other blocks separated by a blank line, list items
 * and {@code <br>} on their own lines, inline runs joined with collapsed spaces. Captions and scripts are left out.
 * Iterative (jsoup's traversor), so deep trees cannot overflow the stack.
 */
final class TextRenderer {

    /** Blocks separated from their neighbours by a blank line. */
    static final Set<String> PARAGRAPH_BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "form",
            "address", "aside", "nav", "details", "fieldset", "hr", "center", "hgroup", "body", "dialog", "menu");
    /** Blocks separated from their neighbours by a single line break. */
    static final Set<String> LINE_BLOCKS = Set.of("li", "tr", "dt", "dd", "summary", "caption", "option", "legend");
    /** Never rendered: not article text ({@code annotation}: a formula's TeX source, repeating its MathML). */
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "figcaption", "button",
            "select", "textarea", "input", "svg", "iframe", "object", "embed", "canvas", "audio", "video", "head",
            "annotation", "annotation-xml");
    /**
     * MathML tokens (identifiers, operators, numbers, text): set apart by spaces, since a formula's layout
     * elements (fractions, powers, roots) have no text of their own to separate them, and "x" and "2" of x²
     * must not become the word "x2".
     */
    static final Set<String> MATH_TOKENS = Set.of("mi", "mo", "mn", "mtext", "ms");

    private TextRenderer() {
    }

    static String render(Element root) {
        Renderer r = new Renderer();
        root.filter(r);
        return r.sb.toString().strip();
    }

    private static final class Renderer implements NodeFilter {
        final StringBuilder sb = new StringBuilder();
        int pendingBreak;
        int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = el.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                breakAtLeast(1);
            } else if (PARAGRAPH_BLOCKS.contains(tag)) {
                breakAtLeast(2);
            } else if (LINE_BLOCKS.contains(tag)) {
                breakAtLeast(1);
            } else if (tag.equals("td") || tag.equals("th") || MATH_TOKENS.contains(tag)) {
                space();
            } else if (tag.equals("img") && sb.length() > 0) {
                space();
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (PARAGRAPH_BLOCKS.contains(tag)) {
                    breakAtLeast(2);
                } else if (LINE_BLOCKS.contains(tag)) {
                    breakAtLeast(1);
                } else if (tag.equals("td") || tag.equals("th") || MATH_TOKENS.contains(tag)) {
                    space();
                }
                if (tag.equals("pre")) {
                    preDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void breakAtLeast(int n) {
            if (sb.length() > 0 && pendingBreak < n) {
                pendingBreak = n;
            }
        }

        private void space() {
            if (sb.length() > 0 && pendingBreak == 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }

        private void text(String s) {
            if (preDepth > 0) {
                if (!s.isEmpty()) {
                    flushBreak();
                    sb.append(s);
                }
                return;
            }
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (sb.length() > 0 && pendingBreak == 0) {
                        char last = sb.charAt(sb.length() - 1);
                        if (last != ' ' && last != '\n') {
                            sb.append(' ');
                        }
                    }
                } else {
                    flushBreak();
                    sb.append(c);
                }
            }
        }

        private void flushBreak() {
            if (pendingBreak > 0) {
                // drop the trailing space of the previous line
                int len = sb.length();
                while (len > 0 && sb.charAt(len - 1) == ' ') {
                    len--;
                }
                sb.setLength(len);
                if (len > 0) {
                    sb.append(pendingBreak >= 2 ? "\n\n" : "\n");
                }
                pendingBreak = 0;
            }
        }
    }
}
