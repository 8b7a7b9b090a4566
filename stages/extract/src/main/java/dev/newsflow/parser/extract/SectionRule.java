package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The section rule: the JSON-LD breadcrumb trail, the visible breadcrumbs, JSON-LD {@code articleSection}, then the
 * section meta tags ("/world/middle_east" read as a path); "Home" and a last crumb that is the article itself are
 * dropped. Read after the headline, which it needs to recognise that crumb.
 */
final class SectionRule {

    /** Longest text of a crumb: a longer one is a headline or a sentence. */
    private static final int MAX_CRUMB_CHARS = 60;
    // parsed once: jsoup parses a selector string again at every call
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator LIST_ITEMS = QueryParser.parse("li");
    private static final Evaluator LINKS = QueryParser.parse("a");
    /** How close to the headline a last crumb must be to be the article itself. */
    private static final double IS_THE_HEADLINE = 0.6;

    private SectionRule() {
    }

    static void read(MetadataCandidates page, ArticleDraft d) {
        if (!page.jsonLd.breadcrumbs.isEmpty()) {
            set(d, "json-ld", page.jsonLd.breadcrumbs);
        }
        List<String> crumbs = visibleBreadcrumbs(page.breadcrumbTrail);
        if (!crumbs.isEmpty()) {
            set(d, "breadcrumb", crumbs);
        }
        String section = page.jsonLd.articleText("articleSection");
        if (section != null) {
            set(d, "json-ld", sectionPath(section));
        }
        String metaSection = page.meta("article:section", "parsely-section", "section", "category");
        if (metaSection != null) {
            set(d, "meta", sectionPath(metaSection));
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

    private static List<String> visibleBreadcrumbs(Element trail) {
        if (trail == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<Element> items = trail.select(ITEMPROP_NAME);
        if (items.isEmpty()) {
            items = trail.select(LIST_ITEMS);
        }
        if (items.isEmpty()) {
            items = trail.select(LINKS);
        }
        for (Element el : items) {
            String t = el.text().strip();
            if (!t.isEmpty() && t.length() < MAX_CRUMB_CHARS && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static void set(ArticleDraft d, String source, List<String> path) {
        List<String> clean = new ArrayList<>();
        for (String p : path) {
            String t = p.strip();
            if (t.isEmpty() || t.equalsIgnoreCase("home") || t.equalsIgnoreCase("homepage") || t.length() > MAX_CRUMB_CHARS) {
                continue;
            }
            clean.add(t);
        }
        // the last crumb is often the article itself
        if (!clean.isEmpty() && d.headline != null
                && TextSimilarity.of(d.headline, clean.get(clean.size() - 1)) > IS_THE_HEADLINE) {
            clean.remove(clean.size() - 1);
        }
        if (!clean.isEmpty() && d.claim("section", source)) {
            d.section = clean;
        }
    }
}
