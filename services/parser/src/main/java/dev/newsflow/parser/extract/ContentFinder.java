package dev.newsflow.parser.extract;

import java.util.ArrayList;
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

/**
 * Finds the element holding an article's text by scoring paragraphs and their ancestors, in the manner of
 * Mozilla Readability (which the dev set's ground truth comes from): text length and commas count for,
 * boilerplate class names, link density and unlikely roles count against. Mutates the document it is given.
 */
final class ContentFinder {

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu"
                    + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
                    + "|pagination|pager|popup|yom-remote|newsletter|subscribe|promo-box|share-tools|recirc|most-popular");
    private static final Pattern MAYBE_CANDIDATE = Pattern.compile(
            "and|article|body|column|content|main|mathjax|shadow");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain"
                    + "|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr", "a", "del", "ins", "font", "u", "s", "strike", "big", "tt");
    private static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Deadline deadline;
    private final String title;
    /** First visible byline met while walking, with the unlikely-candidate pass on. */
    String visibleByline;

    ContentFinder(Deadline deadline, String title) {
        this.deadline = deadline;
        this.title = title;
    }

    /** The three passes Readability makes, each less strict; the first with enough text wins, else the longest. */
    static Element find(Document original, java.util.function.Supplier<Document> reparse, Deadline deadline,
                        String title, String[] bylineOut) {
        Element best = null;
        int bestLen = -1;
        Document doc = original;
        for (int pass = 0; pass < 3; pass++) {
            if (pass > 0) {
                doc = reparse.get();
                deadline.check("re-parse");
            }
            ContentFinder finder = new ContentFinder(deadline, title);
            Element article = finder.grab(doc, pass < 1, pass < 2, pass < 3);
            if (bylineOut[0] == null) {
                bylineOut[0] = finder.visibleByline;
            }
            if (article == null) {
                continue;
            }
            int len = article.text().length();
            if (len >= CHAR_THRESHOLD) {
                return article;
            }
            if (len > bestLen) {
                best = article;
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
            // lower-cased once: the patterns are compiled without CASE_INSENSITIVE, which is several times slower
            String match = (node.className() + " " + node.id()).toLowerCase(Locale.ROOT);
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
            if (!titleRemoved && (tag.equals("h1") || tag.equals("h2")) && duplicatesTitle(node)) {
                titleRemoved = true;
                node = removeAndNext(node);
                continue;
            }
            if (stripUnlikely && node != body) {
                if (match.length() > 1 && UNLIKELY.matcher(match).find() && !MAYBE_CANDIDATE.matcher(match).find()
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

        List<Element> candidates = new ArrayList<>();
        for (Element el : toScore) {
            Element parent = el.parent();
            if (parent == null || el.ownerDocument() == null) {
                continue;
            }
            String text = el.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
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
            double s = scores.get(c) * (1 - linkDensity(c));
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
        for (Element el : body.select("script, noscript, style, template, link, meta, object[type^=application]")) {
            el.remove();
        }
        for (Element br : body.getElementsByTag("br")) {
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
        removeAll(article, "object, embed, footer, link, aside, iframe, input, textarea, select, button, form:not(:has(p)), nav");
        // Share bars: short blocks named for sharing.
        for (Element el : article.getAllElements()) {
            if (el != article && el.parent() != null && SHARE.matcher(el.className() + " " + el.id()).find()
                    && el.text().length() < 500) {
                el.remove();
            }
        }
        if (cleanConditionally) {
            cleanConditionally(article, "form", weightClasses);
            cleanConditionally(article, "fieldset", weightClasses);
        }
        // Headers with a negative weight are section chrome ("Related", "Comments").
        for (Element h : article.select("h1, h2")) {
            if (classWeight(h, weightClasses) < 0) {
                h.remove();
            }
        }
        if (cleanConditionally) {
            cleanConditionally(article, "table", weightClasses);
            cleanConditionally(article, "ul", weightClasses);
            cleanConditionally(article, "div", weightClasses);
        }
        deadline.check("cleaning");
    }

    private void cleanConditionally(Element root, String tag, boolean weightClasses) {
        List<Element> els = root.getElementsByTag(tag);
        for (int i = els.size() - 1; i >= 0; i--) {
            Element node = els.get(i);
            if (node.parent() == null || node == root) {
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
                    || (!isList && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && !figure)
                    || (!isList && weight < 25 && ld > 0.2)
                    || (weight >= 25 && ld > 0.5)
                    || (embeds == 1 && contentLength < 75) || embeds > 1;
            if (remove) {
                node.remove();
            }
        }
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

    private static void removeAll(Element root, String css) {
        for (Element el : root.select(css)) {
            if (el != root) {
                el.remove();
            }
        }
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

    static int classWeight(Element el, boolean weightClasses) {
        if (!weightClasses) {
            return 0;
        }
        int w = 0;
        String cls = el.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                w += 25;
            }
        }
        String id = el.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                w += 25;
            }
        }
        return w;
    }

    static double linkDensity(Element el) {
        return SubtreeStats.of(el).linkDensity();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> n++;
                default -> {
                }
            }
        }
        return n;
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

    private boolean isByline(Element el, String match) {
        String rel = el.attr("rel");
        String itemprop = el.attr("itemprop");
        if (rel.equals("author") || itemprop.contains("author") || BYLINE.matcher(match).find()) {
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
        for (String w : s.toLowerCase(Locale.ROOT).split("\\W+")) {
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
        if (el.childrenSize() != 1 || !el.child(0).normalName().equals(tag)) {
            return null;
        }
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return null;
            }
        }
        return el.child(0);
    }

    private static boolean hasChildBlock(Element el) {
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>(el.children());
        while (!stack.isEmpty()) {
            Element d = stack.pop();
            if (DIV_TO_P.contains(d.normalName())) {
                return true;
            }
            for (Element c : d.children()) {
                stack.push(c);
            }
        }
        return false;
    }

    /** Runs of inline content directly inside a div become paragraphs, so they are scored like text. */
    private static void wrapPhrasingRuns(Element div) {
        boolean hasBlockChild = false;
        for (Element c : div.children()) {
            if (!isPhrasing(c)) {
                hasBlockChild = true;
                break;
            }
        }
        if (!hasBlockChild) {
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
                for (Element c : e.children()) {
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
        if (!skipChildren && node.childrenSize() > 0) {
            return node.child(0);
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
