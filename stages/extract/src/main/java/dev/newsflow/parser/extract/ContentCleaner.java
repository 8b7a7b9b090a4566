package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Readability's cleaning of the chosen content: page chrome, widgets, form controls, screen-reader-only text, ad
 * labels, share bars and chrome headers out; then, on the strict passes, forms, tables, lists and divs that look like
 * navigation, ads or link lists rather than prose ("clean conditionally").
 */
final class ContentCleaner {

    /**
     * Readability's adWords and loadingWords: a block holding only these is an ad slot or a spinner. A longer word
     * added here must raise {@link #MAX_LABEL_CHARS}.
     */
    static final Pattern AD_OR_LOADING = Pattern.compile("(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio"
            + "|(loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The longest text {@link #AD_OR_LOADING} matches: "advertisement" and "chargement..." (13 characters). */
    private static final int MAX_LABEL_CHARS = 13;
    /** Removed from the chosen content: page chrome, widgets and form controls (and forms without paragraphs). */
    private static final Set<String> NOT_ARTICLE = Set.of("object", "embed", "footer", "link", "aside", "iframe", "input",
            "textarea", "select", "button", "nav");
    /** Elements the cleaning of the content looks at one by one: conditionally cleaned blocks and headers. */
    private static final Set<String> CLEANED_TAGS = Set.of("form", "fieldset", "table", "ul", "div", "h1", "h2");
    /** Longest text of a share bar; a longer block named for sharing holds more than buttons. */
    private static final int MAX_SHARE_BAR_CHARS = 500;
    /** Parsed once: jsoup parses a selector string again at every call. */
    private static final Evaluator TABLE_STRUCTURE = QueryParser.parse("col, colgroup, tfoot, thead, th");

    private final ClassSignals signals;
    private final boolean weightClasses;

    /** @param weightClasses whether class and id weigh in (the first two passes) */
    ContentCleaner(ClassSignals signals, boolean weightClasses) {
        this.signals = signals;
        this.weightClasses = weightClasses;
    }

    /**
     * Cleans the content in place; {@code conditionally}: also the blocks that look like anything but prose. Answers the
     * counts of the cleaned content ({@link SubtreeStats#of}), read from the records the cleaning kept where it has them.
     */
    SubtreeStats clean(Element article, boolean conditionally) {
        removeChromeAndAdLabels(article);
        // Share bars: short blocks named for sharing. The same walk gathers, in document order, the elements the steps
        // below clean, so that each step need not search the content again; a step skips those an earlier one took
        // out of it (nothing is added to the content meanwhile).
        Map<String, List<Element>> byTag = new HashMap<>();
        for (Element el : article.getAllElements()) {
            String tag = el.normalName();
            if (CLEANED_TAGS.contains(tag)) {
                byTag.computeIfAbsent(tag.equals("h2") ? "h1" : tag, t -> new ArrayList<>()).add(el);
            }
            if (el != article && el.parent() != null && (signals.of(el) & ClassSignals.SHARE) != 0
                    && el.text().length() < MAX_SHARE_BAR_CHARS) {
                el.remove();
            }
        }
        Removals removals = new Removals(article);
        if (conditionally) {
            cleanConditionally(article, byTag.get("form"), "form", removals);
            cleanConditionally(article, byTag.get("fieldset"), "fieldset", removals);
        }
        // Headers with a negative weight are section chrome ("Related", "Comments").
        for (Element h : byTag.getOrDefault("h1", List.of())) {
            if (Ancestors.isWithin(h, article) && classWeight(h) < 0) {
                removals.remove(h);
            }
        }
        if (conditionally) {
            cleanConditionally(article, byTag.get("table"), "table", removals);
            cleanConditionally(article, byTag.get("ul"), "ul", removals);
            cleanConditionally(article, byTag.get("div"), "div", removals);
        }
        return removals.statsOfCleaned();
    }

    /**
     * The removals of the cleaning from here on, and what must hear of them because a removal changes what its
     * ancestors hold: the counts of the conditionally cleaned blocks, all read from one walk of the content
     * ({@link SubtreeStatsIndex}, made at the first question), and the data-table answers, memoised since every block
     * inside a table asks about it.
     */
    private static final class Removals {
        private final Element content;
        private SubtreeStatsIndex stats;
        private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

        Removals(Element content) {
            this.content = content;
        }

        void remove(Element el) {
            if (stats != null) {
                stats.removing(el);
            }
            dataTables.clear();
            el.remove();
        }

        /** The content's counts: from the records when the conditional cleaning read them, else by a walk. */
        SubtreeStats statsOfCleaned() {
            return stats != null ? stats.of(content) : SubtreeStats.of(content);
        }

        SubtreeStats statsOf(Element el) {
            if (stats == null) {
                stats = new SubtreeStatsIndex(content);
            }
            return stats.of(el);
        }

        boolean isDataTable(Element table) {
            Boolean known = dataTables.get(table);
            if (known == null) {
                known = ContentCleaner.isDataTable(table);
                dataTables.put(table, known);
            }
            return known;
        }
    }

    /** Page chrome, widgets, form controls and screen-reader-only text out; an ad slot's label or a spinner with its block. */
    private void removeChromeAndAdLabels(Element article) {
        List<TextNode> labels = new ArrayList<>();
        article.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (isAdOrLoadingLabel(t.getWholeText())) {
                        labels.add(t);
                    }
                    return FilterResult.CONTINUE;
                }
                return node != article && node instanceof Element el && (NOT_ARTICLE.contains(el.normalName())
                        || el.normalName().equals("form") && el.getElementsByTag("p").isEmpty()
                        || (signals.of(el.className()) & ClassSignals.SCREEN_READER_ONLY) != 0)
                        ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        });
        // An ad slot's label or a spinner's text goes with the largest block that holds nothing else.
        for (TextNode label : labels) {
            Element slot = label.parent();
            if (slot == null || slot == article) {
                continue;
            }
            if (!onlyTextIn(slot, label)) {
                continue;
            }
            while (slot.parent() != null && slot.parent() != article && onlyTextIn(slot.parent(), slot)) {
                slot = slot.parent();
            }
            slot.remove();
        }
    }

    /** {@code els}: the elements named {@code tag} the content held before the cleaning, in document order. */
    private void cleanConditionally(Element root, List<Element> els, String tag, Removals removals) {
        if (els == null) {
            return;
        }
        for (int i = els.size() - 1; i >= 0; i--) {
            Element node = els.get(i);
            if (node == root || !Ancestors.isWithin(node, root)) {
                continue;
            }
            boolean isList = tag.equals("ul") || tag.equals("ol");
            if (tag.equals("table") && removals.isDataTable(node)) {
                continue;
            }
            if (Ancestors.has(node, "code", -1) || hasDataTableAncestor(node, removals)) {
                continue;
            }
            int weight = classWeight(node);
            if (weight < 0) {
                removals.remove(node);
                continue;
            }
            SubtreeStats st = removals.statsOf(node);
            if (st.commas >= 10) {
                continue;
            }
            if (st.textLength <= LiveBlogEntries.MAX_TIME_STAMP_CHARS && LiveBlogEntries.isEntryTime(node)) {
                continue; // a live blog's entry time, linked to its entry: short and a link, but the entry's text
            }
            int contentLength = st.textLength;
            if (!isList) {
                isList = contentLength > 0 && (double) st.listTextLength / contentLength > 0.9;
            }
            int p = st.paragraphs - (tag.equals("p") ? 1 : 0);
            int img = st.images;
            int li = st.listItems - 100;
            int input = st.inputs;
            double headingDensity = contentLength == 0 ? 0 : (double) st.headingTextLength / contentLength;
            int embeds = st.embeds;
            double ld = st.linkDensity();
            boolean figure = Ancestors.has(node, "figure", 3);
            boolean remove = (img > 1 && (double) p / img < 0.5 && !figure)
                    || (!isList && li > p)
                    || (input > Math.floor(p / 3.0))
                    // a short block is only suspect when it links somewhere: one-line paragraphs of prose stay
                    || (!isList && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && !figure && ld > 0)
                    || (!isList && weight < 25 && ld > 0.2)
                    || (weight >= 25 && ld > 0.5)
                    || (embeds == 1 && contentLength < 75) || embeds > 1;
            if (remove) {
                removals.remove(node);
            }
        }
    }

    private int classWeight(Element el) {
        return weightClasses ? signals.weight(el) : 0;
    }

    /**
     * Whether a text node is an ad slot's label or a spinner's text: {@code text.length() <= 200 &&
     * AD_OR_LOADING.matcher(text.strip()).matches()} (labels are one word, but may come indented). Most text nodes
     * are prose or blank: their stripped length rules them out without stripping or a Matcher (this runs on every
     * text node of the content, up to three passes a page).
     */
    static boolean isAdOrLoadingLabel(String text) {
        if (text.length() > 200) {
            return false;
        }
        CharSequence label = Stripped.within(text, MAX_LABEL_CHARS);
        return label != null && AD_OR_LOADING.matcher(label).matches();
    }

    /** Whether {@code child} holds all of {@code parent}'s text (its other children are blank). */
    private static boolean onlyTextIn(Element parent, Node child) {
        for (Node n : parent.childNodes()) {
            if (n != child && (n instanceof TextNode t && !t.isBlank() || n instanceof Element e && e.hasText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.getElementsByTag("caption").size() > 0
                || !table.select(TABLE_STRUCTURE).isEmpty()) {
            return true;
        }
        if (!table.getElementsByTag("table").stream().filter(t -> t != table).toList().isEmpty()) {
            return false;
        }
        int rows = table.getElementsByTag("tr").size();
        int cols = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            int cells = 0;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells++; // what "> td, > th" selects under the row
                }
            }
            cols = Math.max(cols, cells);
        }
        return rows >= 10 || cols > 4 || rows * cols > 10;
    }

    private static boolean hasDataTableAncestor(Element node, Removals removals) {
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table")) {
                return removals.isDataTable(p);
            }
        }
        return false;
    }
}
