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
 * Section tags: the section path the page declares (breadcrumb, JSON-LD {@code articleSection}, section meta, as the
 * parser read it), normalised to slugs and expanded to every level of the hierarchy ({@code world},
 * {@code world/americas}). The URL's directory path only extends that path when it goes deeper along it, and is
 * the whole answer only when the page declares no section; edition, language and format segments ({@code english},
 * {@code hi}, {@code en-gb}, {@code amp}) and years are never sections.
 */
public final class SectionTagger {

    private static final int MAX_DEPTH = 4;
    private static final Set<String> NOT_SECTIONS = Set.of("news", "home", "index", "article", "articles", "story",
            "stories", "hi", "lo", "en", "en-us", "en-gb", "amp", "www", "content", "contents", "section", "sections",
            "category", "categories", "tag", "tags", "topic", "topics", "html", "pages", "page", "post", "posts",
            "blog", "blogs", "item", "id", "p", "a", "s", "default", "public", "static", "live", "video", "videos",
            "latest", "feeds", "rss", "wp", "node", "entry", "uk-edition", "us-edition", "international", "intl",
            "edition", "editions", "main", "cms", "archive", "archives", "mobile", "m", "print", "text", "lite");
    /** ISO 639-1 codes that are also section names a newsroom uses (Ukraine's "uk" is the United Kingdom). */
    private static final Set<String> LANGUAGE_CODES_THAT_NAME_SECTIONS = Set.of("uk", "in", "it", "id", "my", "no");
    private static final Set<String> LANGUAGES = languages();

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
        if (fromSection.isEmpty()) {
            addHierarchy(fromUrl, out);              // the page declares no section: the URL is all there is
        } else {
            // What the page says comes first; a URL path that leaves it is a site's storage layout, not a section
            // ("/hi/english/world/americas/" under World > Americas).
            addHierarchy(startsWith(fromUrl, fromSection) ? fromUrl : fromSection, out);
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
            if (!slug.isEmpty() && !NOT_SECTIONS.contains(slug) && !isLanguageOrEdition(slug) && !out.contains(slug)) {
                out.add(slug);
            }
        }
        return out;
    }

    /** "english", "arabic", "fr", "pt-br", "en-gb": a language or edition, not a section, in a URL. */
    static boolean isLanguageOrEdition(String slug) {
        if (LANGUAGES.contains(slug)) {
            return true;
        }
        return slug.matches("[a-z]{2}-[a-z]{2}") && LANGUAGES.contains(slug.substring(0, 2));
    }

    /** Every ISO 639-1 code and English language name the JDK knows, less the codes that are also sections. */
    private static Set<String> languages() {
        Set<String> out = new java.util.HashSet<>();
        for (String code : Locale.getISOLanguages()) {
            if (!LANGUAGE_CODES_THAT_NAME_SECTIONS.contains(code)) {
                out.add(code);
            }
            String name = slug(Locale.of(code).getDisplayLanguage(Locale.ENGLISH));
            if (!name.isEmpty() && !name.equals(code)) {
                out.add(name);
            }
        }
        return Set.copyOf(out);
    }

    /** "Arts & Culture" -> "arts-culture", "Économie" -> "economie". */
    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("(?<![a-z])and(?![a-z])|&", " ")
                .replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
