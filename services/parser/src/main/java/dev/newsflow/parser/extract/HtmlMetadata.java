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
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * Reads an HTML page's declared metadata before its body is extracted: JSON-LD, OpenGraph / Twitter / Dublin
 * Core / plain {@code <meta>}, microdata, {@code <time>}, breadcrumbs and related-link blocks. Each value is
 * stored in an {@link ArticleDraft} with its source; stronger sources are read first.
 */
final class HtmlMetadata {

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle"
                    + "|OpinionNewsArticle|ReportageNews|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle"
                    + "|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting"
                    + "|TechArticle|APIReference|Blog|WebPage");
    private static final Pattern RELATED = Pattern.compile(
            "related|see-?also|more-?stories|read-?more|recommended|further-?reading", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|\\-–—\\\\/>»]\\s");
    private static final int MAX_RELATED = 20;

    /** Raw JSON-LD article fields: the chosen article object, if any. */
    JsonNode jsonLdArticle;
    /** Meta values by normalised name or property (lower case). */
    final Map<String, String> meta = new HashMap<>();
    /** Title derived from {@code <title>} Readability-style, and the h1 texts. */
    String documentTitle;

    private final Document doc;
    private final String pageUrl;

    HtmlMetadata(Document doc, String pageUrl) {
        this.doc = doc;
        this.pageUrl = pageUrl;
    }

    void read(ArticleDraft d) {
        readMeta();
        List<String> breadcrumbLd = new ArrayList<>();
        readJsonLd(breadcrumbLd);
        documentTitle = articleTitle();

        // headline
        if (jsonLdArticle != null) {
            String headline = text(jsonLdArticle, "headline");
            String name = text(jsonLdArticle, "name");
            if (headline != null && name != null && !headline.equals(name)) {
                boolean nameMatches = ContentFinder.similarity(name, documentTitle) > 0.75;
                boolean headlineMatches = ContentFinder.similarity(headline, documentTitle) > 0.75;
                headline = headlineMatches && !nameMatches ? headline : name;
            }
            set(d, "headline", "json-ld", headline != null ? headline : name);
        }
        set(d, "headline", "meta", firstMeta("dc:title", "dcterm:title"));
        set(d, "headline", "og", firstMeta("og:title"));
        set(d, "headline", "meta", firstMeta("title"));
        set(d, "headline", "twitter", firstMeta("twitter:title"));
        set(d, "headline", "meta", firstMeta("parsely-title"));
        set(d, "headline", "microdata", itemprop("headline"));
        set(d, "headline", "title", documentTitle);

        // description
        if (jsonLdArticle != null) {
            set(d, "description", "json-ld", text(jsonLdArticle, "description"));
        }
        set(d, "description", "og", firstMeta("og:description"));
        set(d, "description", "meta", firstMeta("description", "dc:description", "dcterm:description"));
        set(d, "description", "twitter", firstMeta("twitter:description"));

        // site
        String publisher = null;
        if (jsonLdArticle != null && jsonLdArticle.get("publisher") != null) {
            publisher = text(jsonLdArticle.get("publisher"), "name");
        }
        set(d, "site", "og", firstMeta("og:site_name"));
        set(d, "site", "json-ld", publisher);
        set(d, "site", "meta", firstMeta("application-name"));

        // authors
        if (jsonLdArticle != null) {
            setAuthors(d, "json-ld", jsonLdAuthors(jsonLdArticle.get("author")), publisher);
        }
        String metaAuthor = firstMeta("author", "dc:creator", "dcterm:creator", "parsely-author", "sailthru.author",
                "byl", "article:author", "citation_author");
        if (metaAuthor != null && !metaAuthor.startsWith("http")) {
            setAuthors(d, "meta", Bylines.split(metaAuthor), publisher);
        }
        List<String> microAuthors = new ArrayList<>();
        for (Element el : doc.select("[itemprop~=^author$]")) {
            Element name = el.selectFirst("[itemprop=name]");
            String value = name != null ? valueOf(name) : el.text();
            microAuthors.addAll(Bylines.split(value));
        }
        setAuthors(d, "microdata", microAuthors, publisher);
        List<String> relAuthors = new ArrayList<>();
        for (Element a : doc.select("a[rel=author]")) {
            relAuthors.addAll(Bylines.split(a.text()));
        }
        setAuthors(d, "visible", relAuthors, publisher);

        // dates
        if (jsonLdArticle != null) {
            setInstant(d, "publishedAt", "json-ld", text(jsonLdArticle, "datePublished"));
            setInstant(d, "modifiedAt", "json-ld", text(jsonLdArticle, "dateModified"));
        }
        setInstant(d, "publishedAt", "og", firstMeta("article:published_time", "og:published_time"));
        setInstant(d, "publishedAt", "meta", firstMeta("parsely-pub-date", "pubdate", "publishdate", "publish-date",
                "date", "dc:date", "dcterm:created", "dcterm:date", "dc:date:issued", "sailthru.date", "citation_publication_date",
                "article.published", "published_time", "datepublished"));
        setInstant(d, "publishedAt", "microdata", itemprop("datePublished"));
        Element time = doc.selectFirst("time[pubdate], article time[datetime], time[itemprop=datePublished], time[datetime]");
        if (time != null) {
            setInstant(d, "publishedAt", "time", time.attr("datetime"));
        }
        setInstant(d, "modifiedAt", "og", firstMeta("article:modified_time", "og:updated_time"));
        setInstant(d, "modifiedAt", "meta", firstMeta("dcterm:modified", "last-modified", "lastmod"));
        setInstant(d, "modifiedAt", "microdata", itemprop("dateModified"));

        // section
        if (breadcrumbLd.size() > 0) {
            setSection(d, "json-ld", breadcrumbLd);
        }
        List<String> crumbs = visibleBreadcrumbs();
        if (!crumbs.isEmpty()) {
            setSection(d, "breadcrumb", crumbs);
        }
        if (jsonLdArticle != null) {
            String section = text(jsonLdArticle, "articleSection");
            if (section != null) {
                setSection(d, "json-ld", List.of(section));
            }
        }
        String metaSection = firstMeta("article:section", "parsely-section", "section", "category");
        if (metaSection != null) {
            setSection(d, "meta", List.of(metaSection));
        }

        // canonical URL
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && d.claim("canonicalUrl", "link")) {
            d.canonicalUrl = canonical.absUrl("href");
        }
        String ogUrl = firstMeta("og:url");
        if (ogUrl != null && ogUrl.startsWith("http") && d.claim("canonicalUrl", "og")) {
            d.canonicalUrl = ogUrl;
        }

        // language declared by the page (kept aside: the text itself is asked later)
        String lang = doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
        if (lang.isBlank()) {
            lang = firstMeta("content-language", "dc:language", "og:locale");
        }
        if (lang == null && jsonLdArticle != null) {
            lang = text(jsonLdArticle, "inLanguage");
        }
        declaredLanguage = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];

        readRelated(d);
    }

    /** ISO 639-1 language the page declares (html lang, meta, JSON-LD), or null. */
    String declaredLanguage;

    private void readMeta() {
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(attr);
                if (key.isEmpty()) {
                    continue;
                }
                for (String k : key.split("\\s+")) {
                    String norm = k.toLowerCase(Locale.ROOT).replace('.', ':');
                    if (!norm.startsWith("sailthru")) {
                        meta.putIfAbsent(norm, content);
                    } else {
                        meta.putIfAbsent(k.toLowerCase(Locale.ROOT), content);
                    }
                }
            }
            String httpEquiv = m.attr("http-equiv").toLowerCase(Locale.ROOT);
            if (!httpEquiv.isEmpty()) {
                meta.putIfAbsent(httpEquiv, content);
            }
        }
    }

    private void readJsonLd(List<String> breadcrumbs) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            JsonNode root;
            try {
                root = Events.mapper().readTree(json);
            } catch (RuntimeException e) {
                continue; // broken JSON-LD is common; the other sources still count
            }
            List<JsonNode> nodes = new ArrayList<>();
            flatten(root, nodes, 0);
            for (JsonNode n : nodes) {
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
                } else if (ARTICLE_TYPE.matcher(type).find() && !type.contains("WebPage") && !type.equals("Blog")) {
                    if (jsonLdArticle == null) {
                        jsonLdArticle = n;
                    }
                } else if (type.contains("WebPage") && jsonLdArticle == null && n.get("headline") != null) {
                    jsonLdArticle = n;
                }
            }
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

    private static List<String> jsonLdAuthors(JsonNode author) {
        List<String> out = new ArrayList<>();
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
        Element trail = doc.selectFirst("[itemtype*=BreadcrumbList], nav[aria-label*=readcrumb], .breadcrumb, .breadcrumbs,"
                + " #breadcrumb, #breadcrumbs, ol.breadcrumb, [class*=breadcrumb]");
        if (trail == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<Element> items = trail.select("[itemprop=name]");
        if (items.isEmpty()) {
            items = trail.select("li");
        }
        if (items.isEmpty()) {
            items = trail.select("a");
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
        for (Element block : doc.select("aside, section, div, ul, nav")) {
            String match = block.className() + " " + block.id();
            if (match.isBlank() || !RELATED.matcher(match).find()) {
                continue;
            }
            for (Element a : block.select("a[href]")) {
                String href = a.absUrl("href");
                String title = a.text().strip();
                if (!href.startsWith("http") || title.length() < 15 || stripFragment(href).equals(self)
                        || !seen.add(stripFragment(href))) {
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
        Element el = doc.selectFirst("[itemprop=" + name + "]");
        return el == null ? null : valueOf(el);
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

    private String firstMeta(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static void set(ArticleDraft d, String field, String source, String value) {
        if (value == null || value.isBlank() || d.has(field)) {
            return;
        }
        String v = value.replaceAll("\\s+", " ").strip();
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
            if (publisher != null && n.equalsIgnoreCase(publisher)) {
                continue;
            }
            if (d.site != null && n.equalsIgnoreCase(d.site)) {
                continue;
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
        String orig = doc.title().strip();
        String cur = orig;
        boolean hierarchical = false;
        if (SEPARATORS.matcher(cur).find()) {
            hierarchical = Pattern.compile("\\s[\\\\/>»]\\s").matcher(cur).find();
            cur = orig.replaceAll("(.*)[|\\-–—\\\\/>»] .*", "$1");
            if (wordCount(cur) < 3) {
                cur = orig.replaceAll("[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»](.*)", "$1");
            }
        } else if (cur.contains(": ")) {
            boolean match = false;
            for (Element h : doc.select("h1, h2")) {
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
            List<Element> h1 = doc.getElementsByTag("h1");
            if (h1.size() == 1) {
                cur = h1.get(0).text();
            }
        }
        cur = cur.strip().replaceAll("\\s{2,}", " ");
        int words = wordCount(cur);
        if (words <= 4 && (!hierarchical || words != wordCount(orig.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
            cur = orig;
        }
        return cur;
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
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
