package dev.newsflow.parser.extract;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts over an element's subtree gathered in one traversal (text length with whitespace runs collapsed, link
 * text, paragraphs, images, list items, headings, embeds, commas), so the content scoring and cleaning do not
 * walk the same subtree once per question.
 */
final class SubtreeStats implements NodeVisitor {

    private static final Pattern VIDEOS = Pattern.compile(
            "//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)",
            Pattern.CASE_INSENSITIVE);

    int textLength;
    double linkLength;
    int listTextLength;
    int headingTextLength;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int embeds;
    int commas;
    private int linkDepth = -1;
    private double linkWeight;
    private int listDepth = -1;
    private int headingDepth = -1;
    private boolean lastWasSpace = true;

    static SubtreeStats of(Element root) {
        SubtreeStats s = new SubtreeStats();
        NodeTraversor.traverse(s, root);
        return s;
    }

    /**
     * Text length, link length and commas (so {@link #linkDensity()}) of each of {@code wanted} (elements under
     * {@code root}) from a single traversal of {@code root}: sums are passed up from child to parent, so nested
     * elements do not each re-walk their text. Agrees with {@link #of} up to whitespace at an element's edges.
     * Elements not under {@code root} (detached ones included) are absent from the answer.
     */
    static Map<Element, SubtreeStats> ofEach(Element root, Set<Element> wanted) {
        Map<Element, SubtreeStats> out = new IdentityHashMap<>();
        SubtreeStats counter = new SubtreeStats();
        NodeTraversor.traverse(new NodeVisitor() {
            // per open element, by depth: its text length, link length and commas so far
            int[] text = new int[64];
            double[] links = new double[64];
            int[] commas = new int[64];

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    int textBefore = counter.textLength;
                    double linkBefore = counter.linkLength;
                    int commasBefore = counter.commas;
                    counter.head(node, depth);
                    // text counts for its innermost element; link text for the outermost link (passed up at its end)
                    text[depth - 1] += counter.textLength - textBefore;
                    commas[depth - 1] += counter.commas - commasBefore;
                    if (counter.linkDepth >= 0) {
                        links[counter.linkDepth] += counter.linkLength - linkBefore;
                    }
                    return;
                }
                if (depth >= text.length) {
                    text = Arrays.copyOf(text, depth * 2);
                    links = Arrays.copyOf(links, depth * 2);
                    commas = Arrays.copyOf(commas, depth * 2);
                }
                text[depth] = 0;
                links[depth] = 0;
                commas[depth] = 0;
                if (node instanceof Element el && el.normalName().equals("a")) {
                    counter.head(node, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                counter.tail(node, depth);
                if (wanted.contains(el)) {
                    SubtreeStats st = new SubtreeStats();
                    st.textLength = text[depth];
                    st.linkLength = links[depth];
                    st.commas = commas[depth];
                    out.put(el, st);
                }
                if (depth > 0) {
                    text[depth - 1] += text[depth];
                    links[depth - 1] += links[depth];
                    commas[depth - 1] += commas[depth];
                }
            }
        }, root);
        return out;
    }

    /** Share of the text inside links (fragment links count 0.3), as Readability's link density. */
    double linkDensity() {
        return textLength == 0 ? 0 : linkLength / textLength;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            int len = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > ' ' && c < 0x7F && c != ',') {
                    // printable ASCII other than a comma, most of any text: a character of a word
                    len++;
                    lastWasSpace = false;
                    continue;
                }
                if (isSpace(c)) {
                    if (!lastWasSpace) {
                        len++;
                    }
                    lastWasSpace = true;
                } else {
                    len++;
                    lastWasSpace = false;
                    if (isComma(c)) {
                        commas++;
                    }
                }
            }
            textLength += len;
            if (linkDepth >= 0) {
                linkLength += len * linkWeight;
            }
            if (listDepth >= 0) {
                listTextLength += len;
            }
            if (headingDepth >= 0) {
                headingTextLength += len;
            }
            return;
        }
        if (!(node instanceof Element el)) {
            return;
        }
        switch (el.normalName()) {
            case "a" -> {
                if (linkDepth < 0) {
                    linkDepth = depth;
                    linkWeight = el.attr("href").startsWith("#") ? 0.3 : 1;
                }
            }
            case "p" -> paragraphs++;
            case "img" -> images++;
            case "li" -> listItems++;
            case "input" -> inputs++;
            case "ul", "ol" -> {
                if (listDepth < 0 && depth > 0) {
                    listDepth = depth;
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (headingDepth < 0) {
                    headingDepth = depth;
                }
            }
            case "object", "embed", "iframe" -> {
                if (!VIDEOS.matcher(el.attr("src") + " " + el.attr("data")).find()) {
                    embeds++;
                }
            }
            default -> {
            }
        }
    }

    /** The whitespace a run of which counts as one character. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0';
    }

    /** Reads the next text as if it were the first: a leading space is not counted. */
    void startAfterSpace() {
        lastWasSpace = true;
    }

    /** The commas Readability counts: Latin, Arabic, small, vertical, reversed, low and full-width. */
    private static boolean isComma(char c) {
        return switch (c) {
            case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> true;
            default -> false;
        };
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element) {
            if (depth == linkDepth) {
                linkDepth = -1;
            }
            if (depth == listDepth) {
                listDepth = -1;
            }
            if (depth == headingDepth) {
                headingDepth = -1;
            }
        }
    }
}
