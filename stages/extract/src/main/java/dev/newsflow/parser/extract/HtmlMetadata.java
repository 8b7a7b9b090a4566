package dev.newsflow.parser.extract;

import dev.newsflow.model.Events;
import dev.newsflow.model.RelatedLink;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import tools.jackson.databind.JsonNode;

/**
 * Reads an HTML page's declared metadata before its body is extracted. One walk over the document collects the
 * candidates ({@code <meta>}, JSON-LD, {@code <time>}, microdata, {@code rel=author}, byline and date elements,
 * breadcrumbs, related-link blocks); then each field is chosen from the strongest source that has it and stored in
 * an {@link ArticleDraft} with that source as its provenance: {@code json-ld}, {@code dublin-core},
 * {@code opengraph}, {@code twitter}, {@code meta}, {@code microdata}, {@code time}, {@code breadcrumb},
 * {@code visible} or {@code title}.
 */
final class HtmlMetadata {

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle"
                    + "|OpinionNewsArticle|ReportageNews|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle"
                    + "|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting"
                    + "|TechArticle|APIReference");
    private static final Pattern RELATED = Pattern.compile(
            "related|see-?also|more-?stories|read-?more|recommended|further-?reading", Pattern.CASE_INSENSITIVE);
    /** Class or id of an element holding the publication date. */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?:^|[\\s_-])(?:date|dateline|timestamp|published|pubdate|posted-on|post-date|entry-date)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /** Regions whose bylines and dates belong to other stories: teasers, comments, navigation. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "comment|related|recommend|teaser|promo|sidebar|widget|menu|footer|nav|more-|popular|trending|most-|follow|share|social",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|\\-–—\\\\/>»]\\s");
    /** Between a headline and the site name appended to it. */
    private static final Pattern AFFIX_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]\\s+");
    private static final Pattern AFFIX_AT_END = Pattern.compile(AFFIX_SEPARATOR.pattern() + "$");
    private static final Pattern AFFIX_AT_START = Pattern.compile("^" + AFFIX_SEPARATOR.pattern());
    // compiled once: the fields are read on every page, some in loops
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern HIERARCHICAL_SEPARATOR = Pattern.compile("\\s[\\\\/>»]\\s");
    private static final Pattern BEFORE_LAST_SEPARATOR = Pattern.compile("(.*)[|\\-–—\\\\/>»] .*");
    private static final Pattern AFTER_FIRST_SEPARATOR = Pattern.compile("[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»](.*)");
    private static final Pattern SEPARATOR_RUN = Pattern.compile("[|\\-–—\\\\/>»]+");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s{2,}");
    private static final Evaluator SOCIAL_IMAGE = QueryParser.parse("meta[property=og:image], meta[name=twitter:image]");
    private static final Pattern CDATA = Pattern.compile("^\\s*(?:<!--)?\\s*<!\\[CDATA\\[|\\]\\]>\\s*(?:-->)?\\s*$");
    /** What a class attribute or id can say: see {@link #classWords}. */
    private static final int BYLINE_WORDS = 1;
    private static final int DATE_WORDS = 2;
    private static final int BREADCRUMB_WORDS = 4;
    private static final int RELATED_WORDS = 8;
    private static final int MAX_RELATED = 20;
    private static final int MAX_BYLINE_CHARS = 100;
    private static final int MAX_DATE_CHARS = 80;

    /** The chosen JSON-LD article object, if any. */
    JsonNode jsonLdArticle;
    /** Title derived from {@code <title>} Readability-style. */
    String documentTitle;
    /** ISO 639-1 language the page declares (html lang, meta, JSON-LD), or null. */
    String declaredLanguage;

    private final Document doc;
    private final String pageUrl;

    // Candidates collected by the one walk over the document.
    /** {@code <meta property>} values by lower-cased key (RDFa: OpenGraph, Dublin Core), in document order. */
    private final Map<String, List<String>> propertyMeta = new HashMap<>();
    /** {@code <meta name>}, {@code itemprop} and {@code http-equiv} values by lower-cased key, in document order. */
    private final Map<String, List<String>> nameMeta = new HashMap<>();
    private final List<JsonNode> jsonLd = new ArrayList<>();
    /** JSON-LD nodes by {@code @id}: a graph (Yoast, schema.org plugins) names the author as a reference. */
    private final Map<String, JsonNode> jsonLdById = new HashMap<>();
    private final Map<String, Element> firstItemprop = new HashMap<>();
    private final List<Element> microdataAuthors = new ArrayList<>();
    private final List<Element> relAuthors = new ArrayList<>();
    /** Elements whose class or id says byline or author (Readability's byline pattern). */
    private final List<Element> bylineElements = new ArrayList<>();
    private final List<Element> times = new ArrayList<>();
    private final List<Element> dateElements = new ArrayList<>();
    private final List<Element> relatedBlocks = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    private Element breadcrumbTrail;
    private Element canonicalLink;
    private Element titleElement;
    private String htmlLang = "";
    /** The page's share-image declarations, in document order: see {@link #socialImages()}. */
    private final List<Element> socialImages = new ArrayList<>();
    /** Depth of the deepest node below the document, measured by the walk; -1 until it has run. */
    private int maxDepth = -1;
    /** What a class attribute or id says (the {@code *_WORDS} bits) by its value: pages repeat the same few. */
    private final Map<String, Integer> classWords = new HashMap<>();
    /** Whether a class attribute or id names a region of other stories ({@link #ELSEWHERE}), by its value. */
    private final Map<String, Boolean> elsewhereNames = new HashMap<>();

    HtmlMetadata(Document doc, String pageUrl) {
        this.doc = doc;
        this.pageUrl = pageUrl;
    }

    void read(ArticleDraft d) {
        if (maxDepth < 0) {
            collect();
        }
        List<String> breadcrumbLd = chooseJsonLd();
        documentTitle = articleTitle();

        readSite(d);
        // authors before the headline: an author's name appended to a title ("... | Jane Doe") is dropped from it
        readAuthors(d);
        readHeadline(d);
        readDescription(d);
        readDates(d);
        readSection(d, breadcrumbLd);
        readCanonical(d);
        readLanguage();
        readRelated(d);
    }

    // ---- the one walk -------------------------------------------------------------------------------------------

    /**
     * The one walk over the document: collects the candidates the fields are chosen from and answers how deep the
     * nodes nest (the depth of the deepest node below the document), so the extractor can refuse pathological
     * markup before {@link #read} walks up ancestors, without a walk of its own.
     */
    int collect() {
        maxDepth = 0;
        NodeTraversor.traverse((node, depth) -> {
            if (depth > maxDepth) {
                maxDepth = depth;
            }
            if (node instanceof Element el) {
                collect(el);
                if (el.normalName().equals("meta") && el.is(SOCIAL_IMAGE)) {
                    socialImages.add(el);
                }
            }
        }, doc);
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
            case "meta" -> collectMeta(el);
            case "script" -> {
                if (el.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                    parseJsonLd(el.data());
                }
            }
            case "time" -> times.add(el);
            case "title" -> {
                if (titleElement == null && el.closest("svg") == null) {
                    titleElement = el;
                }
            }
            case "h1", "h2" -> headings.add(el);
            case "html" -> htmlLang = el.attr("lang");
            case "link" -> {
                if (canonicalLink == null && el.attr("rel").equalsIgnoreCase("canonical") && el.hasAttr("href")) {
                    canonicalLink = el;
                }
            }
            default -> {
                // other elements are looked at below
            }
        }
        if (el.attributesSize() == 0) {
            return; // what follows reads attributes only
        }
        String itemprop = el.attr("itemprop");
        if (!itemprop.isEmpty() && !tag.equals("meta")) {
            for (String p : WHITESPACE.split(itemprop)) {
                firstItemprop.putIfAbsent(p, el);
                if (p.equals("author") || p.equals("creator")) {
                    microdataAuthors.add(el);
                }
            }
        }
        if (tag.equals("a") && el.attr("rel").equalsIgnoreCase("author")) {
            relAuthors.add(el);
        }
        String className = el.className();
        String id = el.id();
        boolean nav = tag.equals("nav");
        if (breadcrumbTrail == null && (nav || el.hasAttr("itemtype"))
                && (el.attr("itemtype").contains("BreadcrumbList") || el.attr("aria-label").toLowerCase(Locale.ROOT).contains("readcrumb"))) {
            breadcrumbTrail = el;
        }
        int words = classWords(className) | classWords(id);
        if ((words & BYLINE_WORDS) != 0) {
            bylineElements.add(el);
        }
        if ((words & DATE_WORDS) != 0) {
            dateElements.add(el);
        }
        if (breadcrumbTrail == null && (words & BREADCRUMB_WORDS) != 0) {
            breadcrumbTrail = el;
        }
        if ((tag.equals("aside") || tag.equals("section") || tag.equals("div") || tag.equals("ul") || nav)
                && (words & RELATED_WORDS) != 0) {
            relatedBlocks.add(el);
        }
    }

    /**
     * What a class attribute or an id says: byline, date, breadcrumb or related-links words. Asked of the class and
     * the id apart (none of the words or patterns spans a space, so that is the same as asking of both joined), and
     * looked at once per distinct value: pages repeat the same class strings on thousands of elements.
     */
    private int classWords(String classOrId) {
        if (classOrId.isEmpty()) {
            return 0;
        }
        Integer known = classWords.get(classOrId);
        if (known != null) {
            return known;
        }
        String s = classOrId.toLowerCase(Locale.ROOT);
        int words = 0;
        if (s.contains("author") || s.contains("byline") || s.contains("writtenby")) {
            words |= BYLINE_WORDS;
        }
        // plain substring tests first: most class lists hold none of the words
        if ((s.contains("date") || s.contains("time") || s.contains("publish") || s.contains("posted"))
                && DATE_CLASS.matcher(s).find()) {
            words |= DATE_WORDS;
        }
        if (s.contains("breadcrumb")) {
            words |= BREADCRUMB_WORDS;
        }
        if ((s.contains("related") || s.contains("see") || s.contains("more") || s.contains("recommended")
                || s.contains("further")) && RELATED.matcher(s).find()) {
            words |= RELATED_WORDS;
        }
        classWords.put(classOrId, words);
        return words;
    }

    private static final Pattern ESCAPED_ENTITY =
            Pattern.compile("&(?:#\\d{2,6}|#x[0-9a-fA-F]{2,5}|quot|amp|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|[mn]dash|hellip);");

    private void collectMeta(Element m) {
        String content = m.attr("content").strip();
        if (content.indexOf('&') >= 0 && ESCAPED_ENTITY.matcher(content).find()) {
            // escaped twice by the publisher's CMS ("&amp;quot;" in the source): no one means a literal "&quot;"
            content = org.jsoup.parser.Parser.unescapeEntities(content, true);
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
        for (String k : WHITESPACE.split(keys.strip())) {
            String norm = k.toLowerCase(Locale.ROOT);
            if (!norm.startsWith("sailthru")) {
                norm = norm.replace('.', ':');
            }
            into.computeIfAbsent(norm, x -> new ArrayList<>()).add(content);
        }
    }

    private void parseJsonLd(String raw) {
        // saved pages often wrap the JSON in a CDATA section or an HTML comment; the regex (tried at every position
        // of what can be a long script) only when one of its markers is there
        boolean wrapped = raw.contains("<![CDATA[") || raw.contains("]]>");
        String json = (wrapped ? CDATA.matcher(raw).replaceAll("") : raw).strip();
        if (json.isEmpty()) {
            return;
        }
        try {
            flatten(Events.mapper().readTree(json), jsonLd, 0);
        } catch (RuntimeException e) {
            // broken JSON-LD is common; the other sources still count
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                flatten(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    /** Picks the article object among the JSON-LD nodes; answers the JSON-LD breadcrumb trail. */
    private List<String> chooseJsonLd() {
        List<String> breadcrumbs = new ArrayList<>();
        JsonNode webPage = null;
        for (JsonNode n : jsonLd) {
            String id = n.path("@id").asString("");
            if (!id.isEmpty() && n.size() > 1) {
                jsonLdById.putIfAbsent(id, n);
            }
        }
        for (JsonNode n : jsonLd) {
            String type = typeOf(n);
            if (type == null) {
                continue;
            }
            if (type.contains("BreadcrumbList") && breadcrumbs.isEmpty()) {
                JsonNode items = n.get("itemListElement");
                if (items != null && items.isArray()) {
                    for (JsonNode item : items) {
                        String name = text(item, "name");
                        if (name == null && item.get("item") != null) {
                            name = text(item.get("item"), "name");
                        }
                        if (name != null) {
                            breadcrumbs.add(name);
                        }
                    }
                }
            } else if (ARTICLE_TYPE.matcher(type).find()) {
                if (jsonLdArticle == null) {
                    jsonLdArticle = n;
                }
            } else if (type.contains("WebPage") && webPage == null && n.get("headline") != null) {
                webPage = n;
            }
        }
        if (jsonLdArticle == null) {
            jsonLdArticle = webPage;
        }
        return breadcrumbs;
    }

    // ---- choosing each field ------------------------------------------------------------------------------------

    private void readSite(ArticleDraft d) {
        set(d, "site", "opengraph", meta("og:site_name"));
        set(d, "site", "json-ld", publisher());
        set(d, "site", "meta", meta("application-name"));
    }

    /**
     * JSON-LD first (its {@code headline}, or its {@code name} when that is the one matching the page title),
     * then Dublin Core, OpenGraph, the meta title, Twitter, Parse.ly, microdata and the {@code <title>}; a site
     * name or author appended to the headline is dropped.
     */
    private void readHeadline(ArticleDraft d) {
        String headline = null;
        String source = null;
        if (jsonLdArticle != null) {
            String h = text(jsonLdArticle, "headline");
            String name = text(jsonLdArticle, "name");
            if (h != null && name != null && !h.equals(name)) {
                boolean nameMatches = ContentFinder.similarity(name, documentTitle) > 0.75;
                boolean headlineMatches = ContentFinder.similarity(h, documentTitle) > 0.75;
                h = headlineMatches && !nameMatches ? h : name;
            }
            headline = h != null ? h : name;
            source = "json-ld";
        }
        String[][] metaSources = {{"dc:title", "dublin-core"}, {"dcterm:title", "dublin-core"}, {"og:title", "opengraph"},
                {"title", "meta"}, {"twitter:title", "twitter"}, {"parsely-title", "meta"}};
        for (String[] s : metaSources) {
            if (headline == null) {
                headline = meta(s[0]);
                source = s[1];
            }
        }
        if (headline == null) {
            headline = itemprop("headline");
            source = "microdata";
        }
        if (headline == null) {
            headline = documentTitle;
            source = "title";
        }
        if (headline != null) {
            set(d, "headline", source, withoutAffixes(headline, d.site, d.authors));
        }
    }

    /** The headline without a trailing or leading "| Site Name" or "- Author Name" part. */
    private String withoutAffixes(String headline, String site, List<String> authors) {
        String h = WHITESPACE.matcher(headline).replaceAll(" ").strip();
        List<String> names = new ArrayList<>();
        if (site != null) {
            names.add(site);
        }
        String publisher = publisher();
        if (publisher != null) {
            names.add(publisher);
        }
        String host = hostOf(pageUrl);
        if (host != null) {
            names.add(host);
        }
        if (jsonLdArticle != null) {
            names.addAll(jsonLdAuthors(jsonLdArticle.get("author")));
        }
        if (authors != null) {
            names.addAll(authors);
        }
        for (int pass = 0; pass < 2; pass++) {
            String[] parts = AFFIX_SEPARATOR.split(h);
            if (parts.length < 2) {
                break;
            }
            String last = parts[parts.length - 1];
            String first = parts[0];
            String withoutLast = AFFIX_AT_END.matcher(h.substring(0, h.lastIndexOf(last))).replaceFirst("").strip();
            String withoutFirst = AFFIX_AT_START.matcher(h.substring(first.length())).replaceFirst("").strip();
            // what is left must still read as a headline, not a lone word
            if (isNameOf(last, names) && wordCount(withoutLast) >= 2) {
                h = withoutLast;
            } else if (isNameOf(first, names) && wordCount(withoutFirst) >= 2) {
                h = withoutFirst;
            } else {
                break;
            }
        }
        return h;
    }

    /** Whether a headline part names the site ("Spiceworks" for "Spiceworks Inc", "Vox" for vox.com) or an author. */
    private static boolean isNameOf(String part, List<String> names) {
        String p = compact(part);
        if (p.length() < 3) {
            return false;
        }
        for (String n : names) {
            String c = compact(n);
            boolean host = n.contains(".") && !n.contains(" ");
            if (!c.isEmpty() && (c.startsWith(p) || (!host && p.startsWith(c))
                    || (host && List.of(n.toLowerCase(Locale.ROOT).split("\\.")).contains(p)))) {
                return true;
            }
        }
        return false;
    }

    private static String compact(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private void readDescription(ArticleDraft d) {
        if (jsonLdArticle != null) {
            set(d, "description", "json-ld", text(jsonLdArticle, "description"));
        }
        set(d, "description", "opengraph", meta("og:description"));
        set(d, "description", "meta", meta("description"));
        set(d, "description", "dublin-core", meta("dc:description", "dcterm:description"));
        set(d, "description", "twitter", meta("twitter:description"));
    }

    /**
     * People, not organisations: JSON-LD {@code author}, then the author meta tags (Dublin Core first; every value
     * of a repeated tag), microdata {@code itemprop=author}, {@code rel=author} links and finally a visible byline.
     */
    private void readAuthors(ArticleDraft d) {
        // Once a source has named the authors the weaker ones cannot change them: they are not read at all (splitting
        // bylines is costly).
        String publisher = publisher();
        if (jsonLdArticle != null) {
            setAuthors(d, "json-ld", jsonLdAuthors(jsonLdArticle.get("author")), publisher);
        }
        String[][] metaSources = {{"dc:creator", "dublin-core"}, {"dcterm:creator", "dublin-core"}, {"author", "meta"},
                {"article:author", "opengraph"}, {"parsely-author", "meta"}, {"sailthru.author", "meta"},
                {"byl", "meta"}, {"citation_author", "meta"}};
        for (String[] s : metaSources) {
            if (d.has("authors")) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (String value : metaValues(s[0])) {
                List<String> people = value.startsWith("http") || value.startsWith("@") ? List.of() : Bylines.split(value);
                // "Mac & i" (the site) is not a person; "Haki Benita" on hakibenita.com is
                if (!names(value, d.site, publisher) || people.equals(List.of(value.strip()))) {
                    names.addAll(people);
                }
            }
            setAuthors(d, s[1], names, publisher);
        }
        if (d.has("authors")) {
            return;
        }
        List<String> micro = new ArrayList<>();
        for (Element el : microdataAuthors) {
            if (el.attr("itemtype").contains("Organization")) {
                continue;
            }
            Element name = el.selectFirst("[itemprop=name]");
            String value = name != null ? valueOf(name) : valueOf(el);
            micro.addAll(Bylines.split(value));
        }
        setAuthors(d, "microdata", micro, publisher);
        if (d.has("authors")) {
            return;
        }
        List<String> rel = new ArrayList<>();
        for (Element a : relAuthors) {
            if (!elsewhere(a)) {
                rel.addAll(Bylines.split(a.text()));
            }
        }
        setAuthors(d, "visible", rel, publisher);
        if (d.has("authors")) {
            return;
        }
        for (Element el : bylineElements) {
            String t = el.text();
            if (t.isBlank() || t.length() > MAX_BYLINE_CHARS || elsewhere(el)) {
                continue;
            }
            List<String> names = Bylines.split(t);
            if (!names.isEmpty()) {
                setAuthors(d, "visible", names, publisher);
                break;
            }
        }
    }

    /** Whether a byline value is just the site's or publisher's name ("Mac & i" on heise.de). */
    private static boolean names(String value, String site, String publisher) {
        String c = compact(value);
        return (site != null && c.equals(compact(site))) || (publisher != null && c.equals(compact(publisher)));
    }

    /**
     * Whether an element sits in a teaser, comment, navigation or social region rather than the article. A footer or
     * aside counts only outside an {@code <article>}: inside one it holds the article's own byline and date.
     */
    private boolean elsewhere(Element el) {
        boolean pageFooter = false;
        for (Element p = el; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("nav")) {
                return true;
            }
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            if (tag.equals("body")) {
                return pageFooter;
            }
            pageFooter |= tag.equals("footer") || tag.equals("aside");
            if (namesElsewhere(p.className()) || namesElsewhere(p.id())) {
                return true;
            }
        }
        return pageFooter;
    }

    /**
     * Whether a class attribute or id names a region of other stories. Class and id are asked apart (no word of
     * {@link #ELSEWHERE} spans a space, so that is the same as asking of both joined) and each distinct value once:
     * every candidate byline and date walks up through the same few containers.
     */
    private boolean namesElsewhere(String classOrId) {
        if (classOrId.isEmpty()) {
            return false;
        }
        Boolean known = elsewhereNames.get(classOrId);
        if (known == null) {
            known = ELSEWHERE.matcher(classOrId).find();
            elsewhereNames.put(classOrId, known);
        }
        return known;
    }

    /**
     * JSON-LD, OpenGraph, the date meta tags, microdata, {@code <time>} and lastly a date written in a byline or
     * dateline element.
     */
    private void readDates(ArticleDraft d) {
        if (jsonLdArticle != null) {
            setInstant(d, "publishedAt", "json-ld", text(jsonLdArticle, "datePublished"));
            setInstant(d, "modifiedAt", "json-ld", text(jsonLdArticle, "dateModified"));
        }
        setInstant(d, "publishedAt", "opengraph", meta("article:published_time", "og:published_time", "og:article:published_time"));
        setInstant(d, "publishedAt", "dublin-core", meta("dc:date:issued", "dcterm:issued", "dc:date", "dcterm:created", "dcterm:date"));
        setInstant(d, "publishedAt", "meta", meta("parsely-pub-date", "pubdate", "publishdate", "publish-date",
                "publish_date", "date", "sailthru.date", "citation_publication_date", "article:published",
                "published_time", "datepublished", "dc:created"));
        setInstant(d, "publishedAt", "microdata", itemprop("datePublished"));
        if (jsonLdArticle != null) {
            // creation is a weaker stand-in for publication than any declared publication date
            setInstant(d, "publishedAt", "json-ld", text(jsonLdArticle, "dateCreated"));
        }
        // a <time> counts only when no stronger source has dated the article
        Element time = d.has("publishedAt") ? null : pickTime();
        if (time != null) {
            setInstant(d, "publishedAt", "time", time.hasAttr("datetime") ? time.attr("datetime") : time.text());
        }
        for (Element el : dateElements) {
            if (d.has("publishedAt")) {
                break;
            }
            String t = el.text();
            // a date in a table or citation is the subject's (an infobox's release date), not the article's
            if (!t.isBlank() && t.length() <= MAX_DATE_CHARS && !elsewhere(el) && el.closest("table, cite") == null) {
                // a machine-readable copy in an attribute carries the time zone the text leaves out
                for (String attr : new String[] {"datetime", "content", "title"}) {
                    setInstant(d, "publishedAt", "visible", el.attr(attr));
                }
                setInstant(d, "publishedAt", "visible", t);
            }
        }
        for (Element el : bylineElements) {
            if (d.has("publishedAt")) {
                break;
            }
            String t = el.text();
            if (!t.isBlank() && t.length() <= MAX_BYLINE_CHARS + MAX_DATE_CHARS && !elsewhere(el)) {
                Instant at = DateParsing.parseProse(t);
                if (at != null && d.claim("publishedAt", "visible")) {
                    d.publishedAt = at;
                }
            }
        }
        if (!d.has("publishedAt")) {
            // last resort, as most news sites put the day in their article URLs: the day only (midnight UTC),
            // which provenance "url" makes plain
            for (String url : new String[] {meta("og:url"), pageUrl}) {
                Instant day = dayInUrl(url);
                if (day != null && d.claim("publishedAt", "url")) {
                    d.publishedAt = day;
                    break;
                }
            }
        }
        setInstant(d, "modifiedAt", "opengraph", meta("article:modified_time", "og:updated_time"));
        setInstant(d, "modifiedAt", "dublin-core", meta("dcterm:modified", "dc:date:modified"));
        setInstant(d, "modifiedAt", "meta", meta("last-modified", "lastmod"));
        setInstant(d, "modifiedAt", "microdata", itemprop("dateModified"));
    }

    /** The {@code <time>} that dates the article: marked as its publication, else the first one in the article. */
    private Element pickTime() {
        Element inArticle = null;
        Element any = null;
        for (Element t : times) {
            if (t.hasAttr("pubdate") || t.attr("itemprop").contains("datePublished")) {
                return t;
            }
            if (elsewhere(t)) {
                continue;
            }
            if (inArticle == null && t.closest("article") != null) {
                inArticle = t;
            }
            if (any == null && t.hasAttr("datetime")) {
                any = t;
            }
        }
        return inArticle != null ? inArticle : any;
    }

    private void readSection(ArticleDraft d, List<String> breadcrumbLd) {
        if (!breadcrumbLd.isEmpty()) {
            setSection(d, "json-ld", breadcrumbLd);
        }
        List<String> crumbs = visibleBreadcrumbs();
        if (!crumbs.isEmpty()) {
            setSection(d, "breadcrumb", crumbs);
        }
        if (jsonLdArticle != null) {
            String section = text(jsonLdArticle, "articleSection");
            if (section != null) {
                setSection(d, "json-ld", sectionPath(section));
            }
        }
        String metaSection = meta("article:section", "parsely-section", "section", "category");
        if (metaSection != null) {
            setSection(d, "meta", sectionPath(metaSection));
        }
    }

    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/._-]|$)");

    /** The day in a URL path such as /2015/03/18/ or /2015-03-18-title, as midnight UTC; null if none. */
    static Instant dayInUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DAY.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return day.isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1)) ? null
                    : day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A declared section as its path: "/world/middle_east" is [world, middle east]; "Politics" stays [Politics]. */
    static List<String> sectionPath(String declared) {
        if (declared.indexOf('/') < 0) {
            return List.of(declared.strip());
        }
        List<String> path = new ArrayList<>();
        for (String part : declared.split("/")) {
            String p = part.replace('_', ' ').strip();
            if (!p.isEmpty()) {
                path.add(p);
            }
        }
        return path.isEmpty() ? List.of(declared.strip()) : path;
    }

    private void readCanonical(ArticleDraft d) {
        if (canonicalLink != null && d.claim("canonicalUrl", "link")) {
            d.canonicalUrl = canonicalLink.absUrl("href");
        }
        String ogUrl = meta("og:url");
        if (ogUrl != null && ogUrl.startsWith("http") && d.claim("canonicalUrl", "opengraph")) {
            d.canonicalUrl = ogUrl;
        }
    }

    /** The language declared by the page, kept aside: the text itself is asked later. */
    private void readLanguage() {
        String lang = htmlLang;
        if (lang.isBlank()) {
            lang = meta("content-language", "dc:language", "og:locale");
        }
        if (lang == null && jsonLdArticle != null) {
            lang = text(jsonLdArticle, "inLanguage");
        }
        declaredLanguage = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The publishing organisation's name; a person publishing their own blog is not one. */
    private String publisher() {
        JsonNode publisher = jsonLdArticle == null ? null : resolve(jsonLdArticle.get("publisher"));
        if (publisher == null || "Person".equals(typeOf(publisher))) {
            return null;
        }
        return text(publisher, "name");
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return null;
        }
        if (t.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : t) {
                sb.append(x.asString("")).append(' ');
            }
            return sb.toString();
        }
        return t.asString("");
    }

    static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = org.jsoup.parser.Parser.unescapeEntities(v.asString(""), false).strip();
        return s.isEmpty() ? null : s;
    }

    /** The node a reference such as {@code {"@id": "#/schema/person/1"}} stands for; other nodes as they are. */
    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            return jsonLdById.getOrDefault(node.get("@id").asString(""), node);
        }
        return node;
    }

    private List<String> jsonLdAuthors(JsonNode reference) {
        List<String> out = new ArrayList<>();
        JsonNode author = resolve(reference);
        if (author == null) {
            return out;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                out.addAll(jsonLdAuthors(a));
            }
        } else if (author.isObject()) {
            String type = typeOf(author);
            if (type != null && type.contains("Organization")) {
                return out;
            }
            String name = text(author, "name");
            if (name != null) {
                out.addAll(Bylines.split(name));
            }
        } else if (author.isValueNode()) {
            String s = author.asString("");
            if (!s.startsWith("http")) {
                out.addAll(Bylines.split(s));
            }
        }
        return out;
    }

    private List<String> visibleBreadcrumbs() {
        if (breadcrumbTrail == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<Element> items = breadcrumbTrail.select("[itemprop=name]");
        if (items.isEmpty()) {
            items = breadcrumbTrail.select("li");
        }
        if (items.isEmpty()) {
            items = breadcrumbTrail.select("a");
        }
        for (Element el : items) {
            String t = el.text().strip();
            if (!t.isEmpty() && t.length() < 60 && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private void setSection(ArticleDraft d, String source, List<String> path) {
        List<String> clean = new ArrayList<>();
        for (String p : path) {
            String t = p.strip();
            if (t.isEmpty() || t.equalsIgnoreCase("home") || t.equalsIgnoreCase("homepage") || t.length() > 60) {
                continue;
            }
            clean.add(t);
        }
        // the last crumb is often the article itself
        if (!clean.isEmpty() && d.headline != null && ContentFinder.similarity(d.headline, clean.get(clean.size() - 1)) > 0.6) {
            clean.remove(clean.size() - 1);
        }
        if (!clean.isEmpty() && d.claim("section", source)) {
            d.section = clean;
        }
    }

    private void readRelated(ArticleDraft d) {
        Set<String> seen = new LinkedHashSet<>();
        String self = stripFragment(pageUrl);
        for (Element block : relatedBlocks) {
            for (Element a : block.select("a[href]")) {
                // the title first: short ones are skipped without resolving their URL
                String title = a.text().strip();
                if (title.length() < 15) {
                    continue;
                }
                String href = a.absUrl("href");
                if (!href.startsWith("http") || stripFragment(href).equals(self) || !seen.add(stripFragment(href))) {
                    continue;
                }
                d.relatedLinks.add(new RelatedLink(href, title));
                if (d.relatedLinks.size() >= MAX_RELATED) {
                    d.provenance.putIfAbsent("relatedLinks", "visible");
                    return;
                }
            }
        }
        if (!d.relatedLinks.isEmpty()) {
            d.provenance.putIfAbsent("relatedLinks", "visible");
        }
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private String itemprop(String name) {
        Element el = firstItemprop.get(name);
        String fromMeta = el == null ? meta(name.toLowerCase(Locale.ROOT)) : null;
        return el == null ? fromMeta : valueOf(el);
    }

    private static String valueOf(Element el) {
        for (String attr : new String[] {"content", "datetime"}) {
            if (el.hasAttr(attr) && !el.attr(attr).isBlank()) {
                return el.attr(attr).strip();
            }
        }
        String t = el.text().strip();
        return t.isEmpty() ? null : t;
    }

    /** Every value of a meta key, {@code property} (RDFa) declarations before {@code name} ones. */
    private List<String> metaValues(String key) {
        List<String> p = propertyMeta.get(key);
        return p != null ? p : nameMeta.getOrDefault(key, List.of());
    }

    /** The first value of the first of the keys that the page declares. */
    private String meta(String... keys) {
        for (String k : keys) {
            for (String v : metaValues(k)) {
                if (!v.isBlank()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static void set(ArticleDraft d, String field, String source, String value) {
        if (value == null || value.isBlank() || d.has(field)) {
            return;
        }
        String v = WHITESPACE.matcher(value).replaceAll(" ").strip();
        d.claim(field, source);
        switch (field) {
            case "headline" -> d.headline = v;
            case "description" -> d.description = v;
            case "site" -> d.site = v;
            default -> throw new IllegalArgumentException(field);
        }
    }

    private static void setAuthors(ArticleDraft d, String source, List<String> names, String publisher) {
        if (d.has("authors") || names.isEmpty()) {
            return;
        }
        List<String> people = new ArrayList<>();
        for (String n : names) {
            List<String> site = new ArrayList<>();
            if (publisher != null) {
                site.add(publisher);
            }
            if (d.site != null) {
                site.add(d.site);
            }
            if (!n.contains(" ") && n.codePoints().allMatch(c -> c < 0x250) && isNameOf(n, site)) {
                continue; // the publisher ("Spiceworks" of "Spiceworks Inc") is not an author; a blogger may be both
            }
            if (!people.contains(n)) {
                people.add(n);
            }
        }
        if (!people.isEmpty() && d.claim("authors", source)) {
            d.authors = people;
        }
    }

    private static void setInstant(ArticleDraft d, String field, String source, String raw) {
        if (raw == null || d.has(field)) {
            return;
        }
        Instant at = DateParsing.parse(raw);
        if (at == null) {
            return;
        }
        d.claim(field, source);
        if (field.equals("publishedAt")) {
            d.publishedAt = at;
        } else {
            d.modifiedAt = at;
        }
    }

    /** Readability's reading of {@code <title>}: drop the site part around separators unless too little is left. */
    private String articleTitle() {
        String orig = titleElement == null ? "" : titleElement.text().strip();
        String cur = orig;
        boolean hierarchical = false;
        if (SEPARATORS.matcher(cur).find()) {
            hierarchical = HIERARCHICAL_SEPARATOR.matcher(cur).find();
            cur = BEFORE_LAST_SEPARATOR.matcher(orig).replaceAll("$1");
            if (wordCount(cur) < 3) {
                cur = AFTER_FIRST_SEPARATOR.matcher(orig).replaceAll("$1");
            }
        } else if (cur.contains(": ")) {
            boolean match = false;
            for (Element h : headings) {
                if (h.text().strip().equals(cur)) {
                    match = true;
                    break;
                }
            }
            if (!match) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (wordCount(cur) < 3) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (wordCount(orig.substring(0, orig.indexOf(':'))) > 5) {
                    cur = orig;
                }
            }
        } else if (cur.length() > 150 || cur.length() < 15) {
            List<Element> h1 = headings.stream().filter(h -> h.normalName().equals("h1")).toList();
            if (h1.size() == 1) {
                cur = h1.get(0).text();
            }
        }
        cur = SPACE_RUN.matcher(cur.strip()).replaceAll(" ");
        int words = wordCount(cur);
        if (words <= 4 && (!hierarchical || words != wordCount(SEPARATOR_RUN.matcher(orig).replaceAll("")) - 1)) {
            cur = orig;
        }
        return cur;
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }

    static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
