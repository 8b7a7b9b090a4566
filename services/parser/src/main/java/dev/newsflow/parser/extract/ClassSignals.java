package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an element's class or id says about it, as Readability's class-name patterns (unlikely candidate, maybe
 * candidate, positive, negative, byline, share bar), plus text meant for screen readers only. The patterns are plain keyword lists, so instead of one
 * regex alternation per question (which tries every keyword at every position) a single scan looks up the
 * keywords starting at each character; and since pages repeat the same class strings on thousands of elements,
 * each distinct string is looked at once per page (one instance serves the three passes over a page). Not
 * thread-safe.
 */
final class ClassSignals {

    static final int UNLIKELY = 1;
    static final int MAYBE_CANDIDATE = 2;
    static final int POSITIVE = 4;
    static final int NEGATIVE = 8;
    static final int BYLINE = 16;
    static final int SHARE = 32;
    static final int SCREEN_READER_ONLY = 64;

    /** Keywords that set each signal when they occur anywhere in the lower-cased class or id. */
    private static final Map<Integer, List<String>> KEYWORDS = Map.of(
            UNLIKELY, List.of("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
                    "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
                    "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe", "promo-box", "share-tools",
                    "recirc", "most-popular"),
            MAYBE_CANDIDATE, List.of("and", "article", "body", "column", "content", "main", "mathjax", "shadow"),
            POSITIVE, List.of("article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                    "post", "text", "blog", "story"),
            NEGATIVE, List.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
                    "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter"),
            BYLINE, List.of("byline", "author", "dateline", "writtenby", "p-author"),
            // text for screen readers only, never shown: skip links ("Continue reading the main story"), labels
            SCREEN_READER_ONLY, List.of("visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "screenreader",
                    "skip-link", "skip-to"));
    /** Share bars: "share" or "sharedaddy" as a word of its own. */
    private static final Pattern SHARE_WORD = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)");
    /** Keywords by their first character (all keywords are ASCII), with the signals each sets. */
    private static final String[][] BY_FIRST = new String[128][];
    private static final int[][] BITS_BY_FIRST = new int[128][];

    static {
        Map<String, Integer> bits = new LinkedHashMap<>();
        KEYWORDS.forEach((bit, words) -> words.forEach(w -> bits.merge(w, bit, (a, b) -> a | b)));
        List<List<Map.Entry<String, Integer>>> byFirst = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byFirst.add(new ArrayList<>());
        }
        bits.entrySet().forEach(e -> byFirst.get(e.getKey().charAt(0)).add(e));
        for (int c = 0; c < 128; c++) {
            List<Map.Entry<String, Integer>> entries = byFirst.get(c);
            if (!entries.isEmpty()) {
                BY_FIRST[c] = entries.stream().map(Map.Entry::getKey).toArray(String[]::new);
                BITS_BY_FIRST[c] = entries.stream().mapToInt(Map.Entry::getValue).toArray();
            }
        }
    }

    private final Map<String, Integer> cache = new HashMap<>();

    /** The signals of a class attribute, an id, or both joined by a space. */
    int of(String classOrId) {
        if (classOrId.isBlank()) {
            return 0;
        }
        Integer known = cache.get(classOrId);
        if (known != null) {
            return known;
        }
        int bits = compute(classOrId.toLowerCase(Locale.ROOT));
        cache.put(classOrId, bits);
        return bits;
    }

    private static int compute(String s) {
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String[] words = c < 128 ? BY_FIRST[c] : null;
            if (words != null) {
                for (int k = 0; k < words.length; k++) {
                    if (s.startsWith(words[k], i)) {
                        bits |= BITS_BY_FIRST[c][k];
                    }
                }
            }
        }
        // "hid" counts against only as a whole space-separated word (Readability's ^hid$| hid$| hid |^hid )
        if (s.equals("hid") || s.startsWith("hid ") || s.endsWith(" hid") || s.contains(" hid ")) {
            bits |= NEGATIVE;
        }
        if (s.contains("share") && SHARE_WORD.matcher(s).find()) {
            bits |= SHARE;
        }
        return bits;
    }
}
