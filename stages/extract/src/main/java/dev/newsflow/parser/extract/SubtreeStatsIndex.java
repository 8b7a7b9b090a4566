package dev.newsflow.parser.extract;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * {@link SubtreeStats#of} for many nested elements of one subtree from a single walk of it. The conditional cleaning
 * asks for the counts of every div, list and table of the content, innermost last, and each nested one re-walked and
 * re-scanned the text of everything below it (on deep pages most of the cleaning's time). Here the walk scans each
 * text node once and records it, in document order, with what a count depends on; an element's text nodes and
 * elements are then a contiguous run of those records, summed without touching the tree or the text again.
 *
 * <p>Each answer equals {@link SubtreeStats#of} exactly, double link length included (the link terms are added in the
 * same order): a text node's collapsed length depends on the text before it only through its leading whitespace
 * (counted once after a non-space, not at all after a space or at the start), so each record keeps its length without
 * that space, whether it has one and whether it ends in one. Removals the index is told of ({@link #removing}) take
 * their records out of the runs. A page with a link inside a link (which jsoup's HTML parser does not build) gets
 * {@link SubtreeStats#of} itself. Not thread-safe; one per subtree.
 */
final class SubtreeStatsIndex {

    /** Element records: what {@link SubtreeStats} counts of the element itself. */
    private static final int PARAGRAPH = 1;
    private static final int IMAGE = 2;
    private static final int LIST_ITEM = 4;
    private static final int INPUT = 8;
    private static final int EMBED = 16;

    private final Element root;
    /** Per element under the root (the root included): its run of element records, of text records, and its depth. */
    private final Map<Element, int[]> spans = new IdentityHashMap<>();
    private boolean nestedLinks;

    // Per text node, in document order: its collapsed length without a leading space, whether it starts and ends with
    // whitespace and is empty (no characters: it leaves the state as it found it), its commas, the depths of its
    // innermost link, list and heading ancestors (-1: none), its link's weight, and whether it was removed.
    private int texts;
    private int[] length = new int[256];
    private boolean[] leadingSpace = new boolean[256];
    private boolean[] trailingSpace = new boolean[256];
    private boolean[] empty = new boolean[256];
    private int[] commaCount = new int[256];
    private int[] linkDepth = new int[256];
    private double[] linkWeight = new double[256];
    private int[] listDepth = new int[256];
    private int[] headingDepth = new int[256];
    private boolean[] textRemoved = new boolean[256];

    // Per element, in document order: what it counts as itself, and whether it was removed.
    private int elements;
    private int[] kind = new int[256];
    private boolean[] elementRemoved = new boolean[256];

    SubtreeStatsIndex(Element root) {
        this.root = root;
        walk();
    }

    /** The counts of {@code el}, an element under the root, as {@link SubtreeStats#of} answers them now. */
    SubtreeStats of(Element el) {
        int[] span = spans.get(el);
        if (span == null || nestedLinks || el.parent() == null && el != root) {
            return SubtreeStats.of(el);
        }
        int depth = span[4];
        SubtreeStats s = new SubtreeStats();
        for (int i = span[0]; i < span[1]; i++) {
            int k = kind[i];
            if (k != 0 && !elementRemoved[i]) {
                s.paragraphs += k & PARAGRAPH;
                s.images += (k & IMAGE) >> 1;
                s.listItems += (k & LIST_ITEM) >> 2;
                s.inputs += (k & INPUT) >> 3;
                s.embeds += (k & EMBED) >> 4;
            }
        }
        boolean lastWasSpace = true; // as a walk starting at el
        for (int i = span[2]; i < span[3]; i++) {
            if (textRemoved[i]) {
                continue;
            }
            int len = length[i] + (leadingSpace[i] && !lastWasSpace ? 1 : 0);
            if (!empty[i]) {
                lastWasSpace = trailingSpace[i];
            }
            s.textLength += len;
            s.commas += commaCount[i];
            if (linkDepth[i] >= depth) {
                s.linkLength += len * linkWeight[i];
            }
            if (listDepth[i] > depth) {
                s.listTextLength += len;
            }
            if (headingDepth[i] >= depth) {
                s.headingTextLength += len;
            }
        }
        return s;
    }

    /** Call before removing {@code el}, an element under the root: its records leave the runs of its ancestors. */
    void removing(Element el) {
        int[] span = spans.get(el);
        if (span == null) {
            return;
        }
        Arrays.fill(elementRemoved, span[0], span[1], true);
        Arrays.fill(textRemoved, span[2], span[3], true);
    }

    private void walk() {
        NodeTraversor.traverse(new NodeVisitor() {
            // reads each text node once, as a walk starting at it (a leading space not counted)
            final SubtreeStats counter = new SubtreeStats();
            // what SubtreeStats counts of an element itself (paragraphs, images...)
            final SubtreeStats counted = new SubtreeStats();
            // ancestors open at each depth, for the innermost link, list and heading of a text node
            int[] link = new int[64];
            double[] weight = new double[64];
            int[] list = new int[64];
            int[] heading = new int[64];

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text(t, depth);
                    return;
                }
                if (!(node instanceof Element el)) {
                    return;
                }
                if (depth >= link.length) {
                    link = Arrays.copyOf(link, depth * 2);
                    weight = Arrays.copyOf(weight, depth * 2);
                    list = Arrays.copyOf(list, depth * 2);
                    heading = Arrays.copyOf(heading, depth * 2);
                }
                int parentLink = depth == 0 ? -1 : link[depth - 1];
                link[depth] = parentLink;
                weight[depth] = depth == 0 ? 0 : weight[depth - 1];
                list[depth] = depth == 0 ? -1 : list[depth - 1];
                heading[depth] = depth == 0 ? -1 : heading[depth - 1];
                switch (el.normalName()) {
                    case "a" -> {
                        if (parentLink >= 0) {
                            nestedLinks = true; // which link's weight counts depends on where a walk starts
                        }
                        link[depth] = depth;
                        weight[depth] = el.attr("href").startsWith("#") ? 0.3 : 1;
                    }
                    case "ul", "ol" -> list[depth] = depth;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> heading[depth] = depth;
                    default -> {
                    }
                }
                if (elements == kind.length) {
                    kind = Arrays.copyOf(kind, elements * 2);
                    elementRemoved = Arrays.copyOf(elementRemoved, elements * 2);
                }
                int p = counted.paragraphs;
                int img = counted.images;
                int li = counted.listItems;
                int in = counted.inputs;
                int em = counted.embeds;
                counted.head(el, 1);
                counted.tail(el, 1); // closes the link, list or heading it may have opened: only its counts are wanted
                kind[elements] = (counted.paragraphs - p) * PARAGRAPH | (counted.images - img) * IMAGE
                        | (counted.listItems - li) * LIST_ITEM | (counted.inputs - in) * INPUT | (counted.embeds - em) * EMBED;
                spans.put(el, new int[] {elements, 0, texts, 0, depth});
                elements++;
            }

            private void text(TextNode t, int depth) {
                if (texts == length.length) {
                    int n = texts * 2;
                    length = Arrays.copyOf(length, n);
                    leadingSpace = Arrays.copyOf(leadingSpace, n);
                    trailingSpace = Arrays.copyOf(trailingSpace, n);
                    empty = Arrays.copyOf(empty, n);
                    commaCount = Arrays.copyOf(commaCount, n);
                    linkDepth = Arrays.copyOf(linkDepth, n);
                    linkWeight = Arrays.copyOf(linkWeight, n);
                    listDepth = Arrays.copyOf(listDepth, n);
                    headingDepth = Arrays.copyOf(headingDepth, n);
                    textRemoved = Arrays.copyOf(textRemoved, n);
                }
                String s = t.getWholeText();
                counter.textLength = 0;
                counter.commas = 0;
                counter.startAfterSpace();
                counter.head(t, depth);
                length[texts] = counter.textLength;
                leadingSpace[texts] = !s.isEmpty() && SubtreeStats.isSpace(s.charAt(0));
                trailingSpace[texts] = !s.isEmpty() && SubtreeStats.isSpace(s.charAt(s.length() - 1));
                empty[texts] = s.isEmpty();
                commaCount[texts] = counter.commas;
                linkDepth[texts] = depth == 0 ? -1 : link[depth - 1];
                linkWeight[texts] = depth == 0 ? 0 : weight[depth - 1];
                listDepth[texts] = depth == 0 ? -1 : list[depth - 1];
                headingDepth[texts] = depth == 0 ? -1 : heading[depth - 1];
                texts++;
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    int[] span = spans.get(el);
                    span[1] = elements;
                    span[3] = texts;
                }
            }
        }, root);
    }
}
