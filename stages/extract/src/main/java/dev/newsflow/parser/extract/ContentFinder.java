package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element holding an article's text by scoring paragraphs and their ancestors, in the manner of
 * Mozilla Readability (which the dev set's ground truth comes from): text length and commas count for,
 * boilerplate class names, link density and unlikely roles count against. Mutates the document it is given.
 */
final class ContentFinder {

    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr", "a", "del", "ins", "font", "u", "s", "strike", "big", "tt");
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
    /** Never article text: removed before scoring. */
    private static final Set<String> NON_CONTENT = Set.of("script", "noscript", "style", "template", "link", "meta");
    private static final Pattern NON_WORD = Pattern.compile("\\W+");
    /** Elements the cleaning of the content looks at one by one: conditionally cleaned blocks and headers. */
    private static final Set<String> CLEANED_TAGS = Set.of("form", "fieldset", "table", "ul", "div", "h1", "h2");
    /** Longest text an author-bio or timestamp element may hold to be dropped as such (bios run to a few sentences). */
    private static final int MAX_ABOUT_CHARS = 500;
    private static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Deadline deadline;
    private final String title;
    private final ClassSignals signals;
    /** First visible byline met while walking, with the unlikely-candidate pass on. */
    String visibleByline;

    ContentFinder(Deadline deadline, String title, ClassSignals signals) {
        this.deadline = deadline;
        this.title = title;
        this.signals = signals;
    }

    /** The element holding an article's text, and its counts as measured when it was chosen. */
    record Content(Element element, SubtreeStats stats) {
    }

    /**
     * The three passes Readability makes, each less strict; the first with enough text wins, else the longest. Null
     * when no pass finds a candidate.
     */
    static Content find(Document original, java.util.function.Supplier<Document> reparse, Deadline deadline,
                        String title, String[] bylineOut) {
        Content best = null;
        int bestLen = -1;
        Document doc = original;
        ClassSignals signals = new ClassSignals();
        for (int pass = 0; pass < 3; pass++) {
            if (pass > 0) {
                doc = reparse.get();
                deadline.check("re-parse");
            }
            ContentFinder finder = new ContentFinder(deadline, title, signals);
            Element article = finder.grab(doc, pass < 1, pass < 2, pass < 3);
            if (bylineOut[0] == null) {
                bylineOut[0] = finder.visibleByline;
            }
            if (article == null) {
                continue;
            }
            // text length as Readability measures it (whitespace collapsed), without building the text
            SubtreeStats stats = SubtreeStats.of(article);
            int len = stats.textLength;
            if (len >= CHAR_THRESHOLD) {
                return new Content(article, stats);
            }
            if (len > bestLen) {
                best = new Content(article, stats);
                bestLen = len;
            }
        }
        return best;
    }

    private Element grab(Document doc, boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        prepareDocument(body);
        List<Element> toScore = new ArrayList<>();
        boolean titleRemoved = false;
        Element node = body;
        while (node != null) {
            String tag = node.normalName();
            int match = signals.of(node);
            if (!isVisible(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (node.attr("aria-modal").equals("true") && node.attr("role").equals("dialog")) {
                node = removeAndNext(node);
                continue;
            }
            if (isByline(node, match)) {
                if (visibleByline == null) {
                    visibleByline = node.text().strip();
                }
                node = removeAndNext(node);
                continue;
            }
            if ((match & ClassSignals.ABOUT_THE_ARTICLE) != 0 && node != body && isShort(node)) {
                // an author's bio or a "First published ... AM ET" line: about the article, not of it
                node = removeAndNext(node);
                continue;
            }
            if (!titleRemoved && (tag.equals("h1") || tag.equals("h2")) && duplicatesTitle(node)) {
                titleRemoved = true;
                node = removeAndNext(node);
                continue;
            }
            if (stripUnlikely && node != body) {
                if ((match & ClassSignals.UNLIKELY) != 0 && (match & ClassSignals.MAYBE_CANDIDATE) == 0
                        && !hasAncestor(node, "table", 3) && !hasAncestor(node, "code", 3)
                        && !tag.equals("body") && !tag.equals("a")) {
                    node = removeAndNext(node);
                    continue;
                }
                if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                    node = removeAndNext(node);
                    continue;
                }
            }
            if ((tag.equals("div") || tag.equals("section") || tag.equals("header") || tag.startsWith("h") && tag.length() == 2
                    && Character.isDigit(tag.charAt(1))) && isEmpty(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapPhrasingRuns(node);
                Element only = singleChild(node, "p");
                if (only != null && linkDensity(node) < 0.25) {
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                } else if (!hasChildBlock(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        deadline.check("walking the page");

        // the scored elements and the ancestors they may score, measured in one traversal
        Set<Element> measured = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el : toScore) {
            for (int level = 0; el != null && level <= 5; level++, el = el.parent()) {
                measured.add(el);
            }
        }
        Map<Element, SubtreeStats> stats = SubtreeStats.ofEach(body, measured);
        List<Element> candidates = new ArrayList<>();
        for (Element el : toScore) {
            Element parent = el.parent();
            SubtreeStats st = stats.get(el); // none when the walk detached it
            if (parent == null || st == null || st.textLength < 25) {
                continue;
            }
            double score = 1 + st.commas + Math.min(Math.floor(st.textLength / 100.0), 3);
            Element ancestor = parent;
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.parent() == null || ancestor.parent() instanceof Document) {
                    break;
                }
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor, weightClasses));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
            }
        }
        deadline.check("scoring");

        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - stats.get(c).linkDensity());
            scores.put(c, s);
            int i = 0;
            while (i < top.size() && scores.get(top.get(i)) >= s) {
                i++;
            }
            if (i < TOP_CANDIDATES) {
                top.add(i, c);
                if (top.size() > TOP_CANDIDATES) {
                    top.remove(top.size() - 1);
                }
            }
        }
        Element topCandidate = top.isEmpty() ? null : top.get(0);
        if (topCandidate == null || topCandidate.normalName().equals("body")) {
            Element div = new Element("div");
            for (Node child : new ArrayList<>(body.childNodes())) {
                div.appendChild(child);
            }
            body.appendChild(div);
            scores.put(div, initialScore(div, weightClasses));
            topCandidate = div;
        } else {
            topCandidate = climb(topCandidate, top);
        }

        Element article = new Element("div");
        Element parent = topCandidate.parent();
        double topScore = scores.getOrDefault(topCandidate, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> siblings = parent == null ? List.of(topCandidate) : new ArrayList<>(parent.children());
        for (Element sib : siblings) {
            boolean append = sib == topCandidate;
            if (!append) {
                double bonus = 0;
                if (!topCandidate.className().isEmpty() && sib.className().equals(topCandidate.className())) {
                    bonus += topScore * 0.2;
                }
                Double s = scores.get(sib);
                if (s != null && s + bonus >= threshold) {
                    append = true;
                } else if (sib.normalName().equals("p")) {
                    double ld = linkDensity(sib);
                    String content = sib.text();
                    int len = content.length();
                    if (len > 80 && ld < 0.25) {
                        append = true;
                    } else if (len < 80 && len > 0 && ld == 0 && (content.contains(". ") || content.endsWith("."))) {
                        append = true;
                    }
                }
            }
            if (append) {
                article.appendChild(sib);
            }
        }
        deadline.check("choosing the content");
        prepare(article, weightClasses, cleanConditionally);
        return article;
    }

    /** Drops scripts and other non-content and turns runs of {@code <br><br>} into paragraphs, as Readability does. */
    private static void prepareDocument(Element body) {
        // one traversal both drops the non-content and finds the line breaks
        List<Element> brs = new ArrayList<>();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (NON_CONTENT.contains(tag)
                            || tag.equals("object") && el.attr("type").toLowerCase(Locale.ROOT).startsWith("application")) {
                        return FilterResult.REMOVE;
                    }
                    if (tag.equals("br")) {
                        brs.add(el);
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
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

    private Element climb(Element topCandidate, List<Element> top) {
        double topScore = scores.get(topCandidate);
        // Several close runners-up under one ancestor mean the article is split: take the common ancestor.
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / topScore >= 0.75) {
                alternatives.add(top.get(i));
            }
        }
        if (alternatives.size() >= 3) {
            Element parent = topCandidate.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    topCandidate = parent;
                    break;
                }
                parent = parent.parent();
            }
            scores.putIfAbsent(topCandidate, initialScore(topCandidate, true));
        }
        // Climb while the parent scores at least as high, ignoring weak ancestors.
        Element parent = topCandidate.parent();
        double lastScore = scores.getOrDefault(topCandidate, 0.0);
        double scoreThreshold = lastScore / 3;
        while (parent != null && !parent.normalName().equals("body")) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < scoreThreshold) {
                break;
            }
            if (ps > lastScore) {
                topCandidate = parent;
                break;
            }
            lastScore = ps;
            parent = parent.parent();
        }
        // A lone child says nothing about its siblings: use the parent.
        parent = topCandidate.parent();
        while (parent != null && !parent.normalName().equals("body") && parent.childrenSize() == 1) {
            topCandidate = parent;
            parent = topCandidate.parent();
        }
        scores.putIfAbsent(topCandidate, initialScore(topCandidate, true));
        return topCandidate;
    }

    private static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ---- cleaning of the chosen content ----

    private void prepare(Element article, boolean weightClasses, boolean cleanConditionally) {
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
                    && el.text().length() < 500) {
                el.remove();
            }
        }
        if (cleanConditionally) {
            cleanConditionally(article, byTag.get("form"), "form", weightClasses);
            cleanConditionally(article, byTag.get("fieldset"), "fieldset", weightClasses);
        }
        // Headers with a negative weight are section chrome ("Related", "Comments").
        for (Element h : byTag.getOrDefault("h1", List.of())) {
            if (isWithin(h, article) && classWeight(h, weightClasses) < 0) {
                h.remove();
            }
        }
        if (cleanConditionally) {
            cleanConditionally(article, byTag.get("table"), "table", weightClasses);
            cleanConditionally(article, byTag.get("ul"), "ul", weightClasses);
            cleanConditionally(article, byTag.get("div"), "div", weightClasses);
        }
        deadline.check("cleaning");
    }

    /** Whether {@code el} is {@code root} or still inside it. */
    private static boolean isWithin(Element el, Element root) {
        for (Element p = el; p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    /** {@code els}: the elements named {@code tag} the content held before the cleaning, in document order. */
    private void cleanConditionally(Element root, List<Element> els, String tag, boolean weightClasses) {
        if (els == null) {
            return;
        }
        for (int i = els.size() - 1; i >= 0; i--) {
            Element node = els.get(i);
            if (node == root || !isWithin(node, root)) {
                continue;
            }
            boolean isList = tag.equals("ul") || tag.equals("ol");
            if (tag.equals("table") && isDataTable(node)) {
                continue;
            }
            if (hasAncestor(node, "code", -1) || hasDataTableAncestor(node)) {
                continue;
            }
            int weight = classWeight(node, weightClasses);
            if (weight < 0) {
                node.remove();
                continue;
            }
            SubtreeStats st = SubtreeStats.of(node);
            if (st.commas >= 10) {
                continue;
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
            boolean figure = hasAncestor(node, "figure", 3);
            boolean remove = (img > 1 && (double) p / img < 0.5 && !figure)
                    || (!isList && li > p)
                    || (input > Math.floor(p / 3.0))
                    // a short block is only suspect when it links somewhere: one-line paragraphs of prose stay
                    || (!isList && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && !figure && ld > 0)
                    || (!isList && weight < 25 && ld > 0.2)
                    || (weight >= 25 && ld > 0.5)
                    || (embeds == 1 && contentLength < 75) || embeds > 1;
            if (remove) {
                node.remove();
            }
        }
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
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int len = end - start;
        return len > 0 && len <= MAX_LABEL_CHARS && AD_OR_LOADING.matcher(text.substring(start, end)).matches();
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
                || !table.select("col, colgroup, tfoot, thead, th").isEmpty()) {
            return true;
        }
        if (!table.getElementsByTag("table").stream().filter(t -> t != table).toList().isEmpty()) {
            return false;
        }
        int rows = table.getElementsByTag("tr").size();
        int cols = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            cols = Math.max(cols, tr.select("> td, > th").size());
        }
        return rows >= 10 || cols > 4 || rows * cols > 10;
    }

    private static boolean hasDataTableAncestor(Element node) {
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table")) {
                return isDataTable(p);
            }
        }
        return false;
    }

    // ---- scoring helpers ----

    private double initialScore(Element el, boolean weightClasses) {
        double s = switch (el.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(el, weightClasses);
    }

    private int classWeight(Element el, boolean weightClasses) {
        if (!weightClasses) {
            return 0;
        }
        return weight(signals.of(el.className())) + weight(signals.of(el.id()));
    }

    private static int weight(int signal) {
        return ((signal & ClassSignals.POSITIVE) != 0 ? 25 : 0) - ((signal & ClassSignals.NEGATIVE) != 0 ? 25 : 0);
    }

    private static double linkDensity(Element el) {
        return SubtreeStats.of(el).linkDensity();
    }

    private static boolean isVisible(Element el) {
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return false;
            }
        }
        if (el.hasAttr("hidden")) {
            return false;
        }
        return !el.attr("aria-hidden").equals("true") || el.className().contains("fallback-image");
    }

    /** Short enough to be a bio or a timestamp line, not a container that happens to carry such a class. */
    private static boolean isShort(Element el) {
        return el.text().length() <= MAX_ABOUT_CHARS;
    }

    private boolean isByline(Element el, int match) {
        String rel = el.attr("rel");
        String itemprop = el.attr("itemprop");
        if (rel.equals("author") || itemprop.contains("author") || (match & ClassSignals.BYLINE) != 0) {
            String text = el.text().strip();
            return !text.isEmpty() && text.length() < 100;
        }
        return false;
    }

    private boolean duplicatesTitle(Element heading) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String h = heading.text().strip();
        return !h.isEmpty() && similarity(title, h) > 0.75;
    }

    /** Share of the second text's words that also occur in the first (Readability's textSimilarity). */
    static double similarity(String a, String b) {
        Set<String> ta = Set.copyOf(words(a));
        List<String> tb = words(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int uniqLen = 0;
        int totalLen = 0;
        for (String w : tb) {
            totalLen += w.length() + 1;
            if (!ta.contains(w)) {
                uniqLen += w.length() + 1;
            }
        }
        return 1 - (double) uniqLen / totalLen;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean hasAncestor(Element el, String tag, int maxDepth) {
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

    private static boolean isEmpty(Element el) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (!tag.equals("br") && !tag.equals("hr")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Element singleChild(Element el, String tag) {
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

    private static boolean hasChildBlock(Element el) {
        return NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node != el && node instanceof Element d && DIV_TO_P.contains(d.normalName()) ? FilterResult.STOP
                        : FilterResult.CONTINUE;
            }
        }, el) == NodeFilter.FilterResult.STOP;
    }

    /** Runs of inline content directly inside a div become paragraphs, so they are scored like text. */
    private static void wrapPhrasingRuns(Element div) {
        boolean hasBlockChild = false;
        for (Node c : div.childNodes()) {
            if (!isPhrasing(c)) {
                hasBlockChild = true;
                break;
            }
        }
        // An inline-only div is a paragraph (turned into one by the caller) unless it is mostly links: then, as in
        // Readability, its text is wrapped and the div stays, for the link-density cleaning to judge (hatnotes,
        // "more on this" lines, reviewer credits).
        if (!hasBlockChild && linkDensity(div) < 0.25) {
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

    private static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }

    /** Depth-first successor of {@code node}, skipping its subtree when asked. */
    private static Element next(Element node, boolean skipChildren) {
        // firstElementChild() walks the child nodes; child(0) would rebuild jsoup's cached element list, which every
        // removal during the walk invalidates
        Element first = skipChildren ? null : node.firstElementChild();
        if (first != null) {
            return first;
        }
        for (Element n = node; n != null; n = n.parent()) {
            Element sib = n.nextElementSibling();
            if (sib != null) {
                return sib;
            }
        }
        return null;
    }
}
