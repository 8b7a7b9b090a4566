package dev.newsflow.parser.extract;

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
                boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0';
                if (space) {
                    if (!lastWasSpace) {
                        len++;
                    }
                    lastWasSpace = true;
                } else {
                    len++;
                    lastWasSpace = false;
                    if (c == ',' || c == '\uFF0C' || c == '\u060C') {
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
