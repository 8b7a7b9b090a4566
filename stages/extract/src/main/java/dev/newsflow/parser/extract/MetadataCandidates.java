package dev.newsflow.parser.extract;

import dev.newsflow.model.page.CanonicalUrl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * What the one walk over an HTML page collects for the metadata rules to choose from: {@code <meta>} values, JSON-LD,
 * {@code <time>}s, microdata, {@code rel=author} links, author, date, breadcrumb and related-link elements (by the
 * {@link ClassSignals} vocabulary), the canonical URL candidates, {@code <title>} and the top headings.
 */
final class MetadataCandidates {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Evaluator SOCIAL_IMAGE = QueryParser.parse("meta[property=og:image], meta[name=twitter:image]");
    /** Parsed once: jsoup parses a selector string again at every call. */
    private static final Evaluator SVG = QueryParser.parse("svg");
    /** An entry of a live blog in microdata (schema.org's {@code LiveBlogPosting}). */
    private static final Evaluator LIVE_BLOG_UPDATE = QueryParser.parse("[itemprop~=(^|\\s)liveBlogUpdate(\\s|$)]");
    private static final Pattern ESCAPED_ENTITY =
            Pattern.compile("&(?:#\\d{2,6}|#x[0-9a-fA-F]{2,5}|quot|amp|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|[mn]dash|hellip);");

    final Document doc;
    final String pageUrl;
    final ClassSignals signals;
    /** Whether an element sits among other stories, by the same vocabulary. */
    final OtherStories otherStories;

    /** {@code <meta property>} values by lower-cased key (RDFa: OpenGraph, Dublin Core), in document order. */
    private final Map<String, List<String>> propertyMeta = new HashMap<>();
    /** {@code <meta name>}, {@code itemprop} and {@code http-equiv} values by lower-cased key, in document order. */
    private final Map<String, List<String>> nameMeta = new HashMap<>();
    private final JsonLd.Builder jsonLdScripts = new JsonLd.Builder();
    private final Map<String, Element> firstItemprop = new HashMap<>();
    final List<Element> microdataAuthors = new ArrayList<>();
    final List<Element> relAuthors = new ArrayList<>();
    /** Elements whose class or id names an author or byline (Readability's byline words, without "dateline"). */
    final List<Element> authorElements = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> dateElements = new ArrayList<>();
    final List<Element> relatedBlocks = new ArrayList<>();
    final List<Element> headings = new ArrayList<>();
    final CanonicalUrl.Candidates canonical = new CanonicalUrl.Candidates();
    Element breadcrumbTrail;
    Element titleElement;
    String htmlLang = "";
    /** The page's JSON-LD, read once the walk is done. */
    JsonLd jsonLd;
    /** The page's share-image declarations, in document order: see {@link #socialImages()}. */
    private final List<Element> socialImages = new ArrayList<>();
    /** Depth of the deepest node below the document, measured by the walk; -1 until it has run. */
    private int maxDepth = -1;

    MetadataCandidates(Document doc, String pageUrl, ClassSignals signals) {
        this.doc = doc;
        this.pageUrl = pageUrl;
        this.signals = signals;
        this.otherStories = new OtherStories(signals);
    }

    boolean collected() {
        return maxDepth >= 0;
    }

    /**
     * The one walk over the document: collects the candidates the fields are chosen from and answers how deep the
     * nodes nest (the depth of the deepest node below the document), so the extractor can refuse pathological
     * markup before the rules walk up ancestors, without a walk of its own.
     */
    int collect() {
        return collect((NodeVisitor) null);
    }

    /**
     * {@link #collect()}, with {@code alongside} (when not null) shown every node of the same walk, so that what
     * another step gathers from the untouched page costs no walk of its own.
     */
    int collect(NodeVisitor alongside) {
        maxDepth = 0;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > maxDepth) {
                    maxDepth = depth;
                }
                if (node instanceof Element el) {
                    collect(el);
                    if (el.normalName().equals("meta") && el.is(SOCIAL_IMAGE)) {
                        socialImages.add(el);
                    }
                }
                if (alongside != null) {
                    alongside.head(node, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (alongside != null) {
                    alongside.tail(node, depth);
                }
            }
        }, doc);
        jsonLd = jsonLdScripts.build();
        return maxDepth;
    }

    /**
     * The page's {@code og:image} and {@code twitter:image} declarations that are still in the document (the content
     * finder removes those in the body; it moves none), in document order: what searching the document for them
     * would find, without a search of the whole document.
     */
    List<Element> socialImages() {
        return socialImages.stream().filter(m -> m.ownerDocument() == doc).toList();
    }

    private void collect(Element el) {
        String tag = el.normalName();
        switch (tag) {
            case "meta" -> {
                collectMeta(el);
                canonical.offer(el);
            }
            case "script" -> {
                if (el.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                    jsonLdScripts.add(el.data());
                }
            }
            case "time" -> times.add(el);
            case "title" -> {
                if (titleElement == null && el.closest(SVG) == null) {
                    titleElement = el;
                }
            }
            case "h1", "h2" -> headings.add(el);
            case "html" -> htmlLang = el.attr("lang");
            case "link" -> canonical.offer(el);
            default -> {
                // other elements are looked at below
            }
        }
        if (el.attributesSize() == 0) {
            return; // what follows reads attributes only
        }
        // by the exact key: the HTML parser lower-cases attribute names (see ClassSignals.classOf), so each finds what
        // jsoup's case-blind getters find, with one look-up of the attributes for all of them
        Attributes attributes = el.attributes();
        String itemprop = attributes.get("itemprop");
        if (!itemprop.isEmpty() && !tag.equals("meta")) {
            for (String p : whitespaceSplit(itemprop)) {
                firstItemprop.putIfAbsent(p, el);
                if (p.equals("author") || p.equals("creator")) {
                    microdataAuthors.add(el);
                }
            }
        }
        if (tag.equals("a") && attributes.get("rel").equalsIgnoreCase("author")) {
            relAuthors.add(el);
        }
        boolean nav = tag.equals("nav");
        if (breadcrumbTrail == null && (nav || attributes.hasKey("itemtype"))
                && (attributes.get("itemtype").contains("BreadcrumbList")
                        || attributes.get("aria-label").toLowerCase(Locale.ROOT).contains("readcrumb"))) {
            breadcrumbTrail = el;
        }
        int words = signals.of(attributes);
        if ((words & ClassSignals.AUTHOR) != 0) {
            authorElements.add(el);
        }
        if ((words & ClassSignals.DATE) != 0) {
            dateElements.add(el);
        }
        if (breadcrumbTrail == null && (words & ClassSignals.BREADCRUMB) != 0) {
            breadcrumbTrail = el;
        }
        if ((tag.equals("aside") || tag.equals("section") || tag.equals("div") || tag.equals("ul") || nav)
                && (words & ClassSignals.RELATED_LINKS) != 0) {
            relatedBlocks.add(el);
        }
    }

    private void collectMeta(Element m) {
        String content = m.attr("content").strip();
        if (content.indexOf('&') >= 0 && ESCAPED_ENTITY.matcher(content).find()) {
            // escaped twice by the publisher's CMS ("&amp;quot;" in the source): no one means a literal "&quot;"
            content = Parser.unescapeEntities(content, true);
        }
        if (content.isEmpty()) {
            return;
        }
        addMeta(propertyMeta, m.attr("property"), content);
        addMeta(nameMeta, m.attr("name"), content);
        addMeta(nameMeta, m.attr("itemprop"), content);
        addMeta(nameMeta, m.attr("http-equiv"), content);
    }

    /** Keys may be space-separated lists; "DC.title" and "dc:title" are the same key. */
    private static void addMeta(Map<String, List<String>> into, String keys, String content) {
        if (keys.isBlank()) {
            return;
        }
        for (String k : whitespaceSplit(keys.strip())) {
            String norm = k.toLowerCase(Locale.ROOT);
            if (!norm.startsWith("sailthru")) {
                norm = norm.replace('.', ':');
            }
            into.computeIfAbsent(norm, x -> new ArrayList<>()).add(content);
        }
    }

    /** {@code WHITESPACE.split(s)}, without the regex for what is most often one word (a meta key, an itemprop). */
    static String[] whitespaceSplit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') { // \s
                return WHITESPACE.split(s);
            }
        }
        return new String[] {s}; // what split answers when nothing matches
    }

    /** Every value of a meta key, {@code property} (RDFa) declarations before {@code name} ones. */
    List<String> metaValues(String key) {
        List<String> p = propertyMeta.get(key);
        return p != null ? p : nameMeta.getOrDefault(key, List.of());
    }

    /** The first value of the first of the keys that the page declares. */
    String meta(String... keys) {
        for (String k : keys) {
            for (String v : metaValues(k)) {
                if (!v.isBlank()) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The value of the first element with microdata property {@code name}, else of a meta tag so named. */
    String itemprop(String name) {
        Element el = firstItemprop.get(name);
        return el == null ? meta(name.toLowerCase(Locale.ROOT)) : valueOf(el);
    }

    /**
     * {@link #itemprop(String)} of the page's article, not of one of its live blog's entries: null when the first
     * element with the property sits in a microdata {@code liveBlogUpdate} (its newest entry's date, not the blog's).
     */
    String articleItemprop(String name) {
        Element el = firstItemprop.get(name);
        return el != null && el.closest(LIVE_BLOG_UPDATE) != null ? null : itemprop(name);
    }

    /** The values of a property in each microdata {@code liveBlogUpdate} entry of the page ("datePublished"). */
    List<String> liveBlogUpdateItemprops(String name) {
        List<String> values = new ArrayList<>();
        if (firstItemprop.containsKey("liveBlogUpdate")) {
            Evaluator property = QueryParser.parse("[itemprop~=(^|\\s)" + name + "(\\s|$)]");
            for (Element update : doc.select(LIVE_BLOG_UPDATE)) {
                Element value = update.selectFirst(property);
                String written = value == null ? null : valueOf(value);
                if (written != null) {
                    values.add(written);
                }
            }
        }
        return values;
    }

    /** A microdata element's value: its {@code content} or {@code datetime} attribute, else its text; null if blank. */
    static String valueOf(Element el) {
        for (String attr : new String[] {"content", "datetime"}) {
            if (el.hasAttr(attr) && !el.attr(attr).isBlank()) {
                return el.attr(attr).strip();
            }
        }
        String t = el.text().strip();
        return t.isEmpty() ? null : t;
    }
}
