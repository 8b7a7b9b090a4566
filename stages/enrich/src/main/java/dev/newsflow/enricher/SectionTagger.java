package dev.newsflow.enricher;

import dev.newsflow.model.Article;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Section tags: the parser's section path and the URL's directory path, normalised to slugs and expanded to
 * every level of the hierarchy ({@code world}, {@code world/americas}).
 */
public final class SectionTagger {

    private static final int MAX_DEPTH = 4;
    private static final Set<String> NOT_SECTIONS = Set.of("news", "home", "index", "article", "articles", "story",
            "stories", "hi", "lo", "en", "en-us", "en-gb", "amp", "www", "content", "contents", "section", "sections",
            "category", "categories", "tag", "tags", "topic", "topics", "html", "pages", "page", "post", "posts",
            "blog", "blogs", "item", "id", "p", "a", "s", "default", "public", "static", "live", "video", "videos",
            "latest", "feeds", "rss", "wp", "node", "entry", "uk-edition", "us-edition", "international", "intl",
            "edition", "main", "cms", "archive", "archives");

    private SectionTagger() {
    }

    /** The article's section tags, outermost first, without duplicates. */
    public static List<String> tags(Article article) {
        List<String> fromSection = new ArrayList<>();
        for (String s : article.section()) {
            // "World: Americas" or "World > Americas" from breadcrumbs holds several levels in one string
            for (String part : s.split("\\s*[:>|/»›]\\s*")) {
                String slug = slug(part);
                if (!slug.isEmpty() && !NOT_SECTIONS.contains(slug)
                        && (fromSection.isEmpty() || !fromSection.getLast().equals(slug))) {
                    fromSection.add(slug);
                }
            }
        }
        boolean sectionFromUrl = "url".equals(article.provenance().get("section"));
        List<String> fromUrl = sectionFromUrl ? List.of() : urlPath(article.canonicalUrl());
        Set<String> out = new LinkedHashSet<>();
        addHierarchy(fromSection, out);
        if (!fromUrl.isEmpty()) {
            if (startsWith(fromUrl, fromSection)) {
                addHierarchy(fromUrl, out);          // the URL goes deeper than the section path
            } else if (!fromSection.containsAll(fromUrl)) {
                // a URL path unrelated to the section path names another place in the site's hierarchy
                int shared = 0;
                while (shared < fromUrl.size() && fromSection.contains(fromUrl.get(shared))) {
                    shared++;
                }
                addHierarchy(shared == 0 ? fromUrl : fromUrl.subList(shared, fromUrl.size()), out);
            }
        }
        return List.copyOf(out);
    }

    private static boolean startsWith(List<String> list, List<String> prefix) {
        return list.size() > prefix.size() && list.subList(0, prefix.size()).equals(prefix);
    }

    private static void addHierarchy(List<String> levels, Set<String> out) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < levels.size() && i < MAX_DEPTH; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(levels.get(i));
            out.add(path.toString());
        }
    }

    /** Directory segments of the URL that look like section names (not dates, ids, editions or article slugs). */
    static List<String> urlPath(String url) {
        String path;
        try {
            path = URI.create(url.strip().replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        String[] segments = path.split("/");
        int last = path.endsWith("/") ? segments.length : segments.length - 1; // the last segment names the article
        List<String> out = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            String seg = segments[i];
            if (seg.chars().anyMatch(Character::isDigit) && !out.isEmpty()) {
                break; // sections come before dates and ids: /business/economics/2024/may/12/slug
            }
            if (seg.isEmpty() || seg.contains(".") || seg.chars().anyMatch(Character::isDigit)
                    || seg.chars().filter(c -> c == '-').count() >= 3 || seg.length() > 30) {
                continue;
            }
            String slug = slug(seg);
            if (!slug.isEmpty() && !NOT_SECTIONS.contains(slug) && !out.contains(slug)) {
                out.add(slug);
            }
        }
        return out;
    }

    /** "Arts & Culture" -> "arts-culture", "Économie" -> "economie". */
    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("(?<![a-z])and(?![a-z])|&", " ")
                .replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
