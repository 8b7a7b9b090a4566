package dev.newsflow.parser.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * The parser's one vocabulary of class and id words: what an element's class or id says about it, as Readability's
 * class-name patterns (unlikely candidate, maybe candidate, positive, negative, byline, share bar), plus text meant for
 * screen readers only, and what the metadata rules look for (author, date, breadcrumb and related-links elements, and
 * regions of other stories). The patterns are plain keyword lists, so instead of one regex alternation per question
 * (which tries every keyword at every position) a single scan runs the string through an Aho-Corasick automaton of
 * all the keywords, one table step per character. And since pages repeat the same class strings on thousands of
 * elements, each distinct string is looked at once per page (one instance serves the metadata walk and the three
 * content passes over a page). Not thread-safe.
 */
final class ClassSignals {

    static final int UNLIKELY = 1;
    static final int MAYBE_CANDIDATE = 2;
    static final int POSITIVE = 4;
    static final int NEGATIVE = 8;
    static final int BYLINE = 16;
    static final int SHARE = 32;
    static final int SCREEN_READER_ONLY = 64;
    /** About the article rather than of it: an author's bio, a publication timestamp (as a word of its own). */
    static final int ABOUT_THE_ARTICLE = 128;
    /**
     * Metadata: an element naming the article's author ("author", "byline", "writtenby", "autor", "auteur", "firma",
     * "signature"; not a dateline).
     */
    static final int AUTHOR = 256;
    /** Metadata: an element holding the publication date, the keyword as a word of its own ("post-date", "dateline"). */
    static final int DATE = 512;
    /** Metadata: a breadcrumb trail. */
    static final int BREADCRUMB = 1024;
    /** Metadata: a block of links to related stories ("related", "see-also", "read-more", "further-reading"...). */
    static final int RELATED_LINKS = 2048;
    /** Metadata: a region whose bylines and dates belong to other stories: teasers, comments, navigation, sharing. */
    static final int OTHER_STORIES = 4096;

    /** Keywords that set each signal when they occur anywhere in the lower-cased class or id. */
    static final Map<Integer, List<String>> KEYWORDS = Map.ofEntries(
            Map.entry(UNLIKELY, List.of("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
                    "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
                    "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe", "promo-box", "share-tools",
                    "recirc", "most-popular")),
            Map.entry(MAYBE_CANDIDATE, List.of("and", "article", "body", "column", "content", "main", "mathjax", "shadow")),
            Map.entry(POSITIVE, List.of("article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                    "post", "text", "blog", "story")),
            Map.entry(NEGATIVE, List.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
                    "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter")),
            Map.entry(BYLINE, List.of("byline", "author", "dateline", "writtenby", "p-author")),
            // text for screen readers only, never shown: skip links ("Continue reading the main story"), labels
            Map.entry(SCREEN_READER_ONLY, List.of("visually-hidden", "visuallyhidden", "sr-only", "screen-reader",
                    "screenreader", "skip-link", "skip-to")),
            // confirmed as whole words below: "bio" is no signal in "biography" or "symbiosis"
            Map.entry(ABOUT_THE_ARTICLE, List.of("bio", "timestamp", "datestamp")),
            // and the byline's class in the languages read ("autor", "auteur", "firma", the French "signature"), those
            // confirmed as words below
            Map.entry(AUTHOR, List.of("author", "byline", "writtenby", "autor", "auteur", "firma", "signature")),
            // confirmed as words below (DATE_WORD): "update" or "candidate" name no date; "pubdate", "dateline" and
            // "entry-date" hold "date", "posted-on" is the one word without it
            Map.entry(DATE, List.of("date", "timestamp", "published", "posted-on")),
            Map.entry(BREADCRUMB, List.of("breadcrumb")),
            Map.entry(RELATED_LINKS, List.of("related", "seealso", "see-also", "morestories", "more-stories", "readmore",
                    "read-more", "recommended", "furtherreading", "further-reading")),
            Map.entry(OTHER_STORIES, List.of("comment", "related", "recommend", "teaser", "promo", "sidebar", "widget",
                    "menu", "footer", "nav", "more-", "popular", "trending", "most-", "follow", "share", "social")));
    /** Share bars: "share" or "sharedaddy" as a word of its own. */
    private static final Pattern SHARE_WORD = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)");
    /** "author-bio", "post-body-bio", "pb-timestamp", "timeStamp": the {@link #ABOUT_THE_ARTICLE} keywords as words. */
    private static final Pattern ABOUT_WORD = Pattern.compile("(?<![a-z])(bio|timestamp|datestamp)(?![a-z])");
    /**
     * The {@link #AUTHOR} keywords but "signature", the other languages' as words of their own: "autor-zeile", "firma"
     * and "auteur" name a byline; "autorenbox" (a bio), "autoresize" and "confirmation" do not.
     */
    private static final Pattern WRITER_WORD = Pattern.compile("author|byline|writtenby|(?<![a-z])(?:autor|auteur|firma)(?![a-z])");
    /**
     * "signature" as a word of its own ("signature", "bloc_signature", "c-signature"; not "signatures-petition"): the
     * writer's line on French sites ({@code <span class="signature">Par ...</span>}), but just as often an e-mail's or
     * a letter's sign-off, or a newsroom's place and agency line; so {@link AuthorRule} reads an element named for its
     * author by this word alone only through a guard ({@link #namesAuthorOnlyBySignature(Element)}).
     */
    private static final Pattern SIGNATURE_WORD = Pattern.compile("(?<![a-z])signature(?![a-z])");
    /** The {@link #DATE} keywords as words between spaces, hyphens or underscores ("post-date", "entry_date"). */
    static final Pattern DATE_WORD = Pattern.compile(
            "(?:^|[\\s_-])(?:date|dateline|timestamp|published|pubdate|posted-on|post-date|entry-date)(?:$|[\\s_-])");
    /** The keywords' characters (all ASCII) numbered 0, 1, ...; -1 for the others. */
    private static final int[] CODE = new int[128];
    /**
     * The keywords as an Aho-Corasick automaton, one row per state: {@code TABLE[row]} holds the signals of every
     * keyword that ends at the character that led to the state, {@code TABLE[row + 1]} the root's row (where a
     * character outside the keywords' alphabet leads) and {@code TABLE[row + 2 + code]} the row of the state after the
     * character numbered {@code code} (the longest keyword prefix that ends there); {@code COLUMN[c]} is the column of
     * an ASCII character. One step per character finds every keyword at every position, where walking the keyword
     * trie from each character took a walk per character; and since a row is its state's number times {@link #ROW},
     * a step is one read with no multiplication on the chain from one character to the next, the signals beside the
     * moves (in chars: 43 KB, where separate int tables of moves and signals took 83).
     */
    private static final char[] TABLE;
    private static final int[] COLUMN = new int[128];
    private static final int ROW;

    static {
        Map<String, Integer> bits = new LinkedHashMap<>();
        KEYWORDS.forEach((bit, words) -> words.forEach(w -> bits.merge(w, bit, (a, b) -> a | b)));
        Arrays.fill(CODE, -1);
        int alphabet = 0;
        int states = 1;
        for (String w : bits.keySet()) {
            states += w.length();
            for (char c : w.toCharArray()) {
                if (CODE[c] < 0) {
                    CODE[c] = alphabet++;
                }
            }
        }
        int[] next = new int[states * alphabet];
        int[] ends = new int[states];
        int used = 1;
        for (Map.Entry<String, Integer> e : bits.entrySet()) {
            int state = 0;
            for (char c : e.getKey().toCharArray()) {
                int i = state * alphabet + CODE[c];
                if (next[i] == 0) {
                    next[i] = used++;
                }
                state = next[i];
            }
            ends[state] |= e.getValue();
        }
        // Breadth first, each state's missing moves become those of its longest proper suffix that is a keyword
        // prefix (its fallback), and it takes on the signals of the keywords that end at that suffix.
        int[] fallback = new int[used];
        int[] queue = new int[used];
        int head = 0;
        int tail = 0;
        for (int code = 0; code < alphabet; code++) {
            int child = next[code];
            if (child != 0) {
                queue[tail++] = child; // fallback 0, the root
            }
        }
        while (head < tail) {
            int state = queue[head++];
            ends[state] |= ends[fallback[state]];
            for (int code = 0; code < alphabet; code++) {
                int i = state * alphabet + code;
                int viaFallback = next[fallback[state] * alphabet + code];
                if (next[i] != 0) {
                    fallback[next[i]] = viaFallback;
                    queue[tail++] = next[i];
                } else {
                    next[i] = viaFallback;
                }
            }
        }
        ROW = alphabet + 2;
        char[] table = new char[used * ROW];
        for (int state = 0; state < used; state++) {
            if (ends[state] > Character.MAX_VALUE || used * ROW > Character.MAX_VALUE) {
                throw new IllegalStateException("the keyword automaton no longer fits a table of chars");
            }
            table[state * ROW] = (char) ends[state];
            table[state * ROW + 1] = 0; // the root's row
            for (int code = 0; code < alphabet; code++) {
                table[state * ROW + 2 + code] = (char) (next[state * alphabet + code] * ROW);
            }
        }
        TABLE = table;
        for (int c = 0; c < 128; c++) {
            COLUMN[c] = CODE[c] < 0 ? 1 : 2 + CODE[c];
        }
    }

    private final Map<String, Integer> cache = new HashMap<>();

    /**
     * The signals of an element's class and id, which Readability matches joined by a space. No keyword or pattern
     * spans a space (the "hid" and share words end at one as at the end of the text), so each is looked up on its
     * own: no joined string to build and look up for every element.
     */
    int of(Element el) {
        if (el.attributesSize() == 0) {
            return 0; // most elements: neither a class nor an id to look up
        }
        return of(el.attributes());
    }

    /** Whether an element is named for its author ({@link #AUTHOR}) by the word "signature" and by no other word. */
    static boolean namesAuthorOnlyBySignature(Element el) {
        String classAndId = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        return SIGNATURE_WORD.matcher(classAndId).find() && !WRITER_WORD.matcher(classAndId).find();
    }

    /** The signals of an element's attributes, for a caller that has them in hand (and so knows there are some). */
    int of(Attributes attributes) {
        return of(classOf(attributes)) | of(idOf(attributes));
    }

    /** Readability's class weight of an element: 25 for a positive class and id each, less 25 for a negative one. */
    int weight(Element el) {
        if (el.attributesSize() == 0) {
            return 0;
        }
        Attributes attributes = el.attributes();
        return weight(of(classOf(attributes))) + weight(of(idOf(attributes)));
    }

    /**
     * {@link Element#className()} and {@link Element#id()} by the exact key: the HTML parser lower-cases attribute
     * names (and keeps the first of duplicates), so the case-blind search jsoup's getters make finds the same value,
     * at a comparison per attribute of every element the walks meet.
     */
    private static String classOf(Attributes attributes) {
        return attributes.get("class").trim();
    }

    private static String idOf(Attributes attributes) {
        return attributes.get("id");
    }

    private static int weight(int signal) {
        return ((signal & POSITIVE) != 0 ? 25 : 0) - ((signal & NEGATIVE) != 0 ? 25 : 0);
    }

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
        int row = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // no keyword holds a character outside the alphabet: the match starts again after it
            row = TABLE[row + (c < 128 ? COLUMN[c] : 1)];
            bits |= TABLE[row];
        }
        // "hid" counts against only as a whole space-separated word (Readability's ^hid$| hid$| hid |^hid )
        if (s.equals("hid") || s.startsWith("hid ") || s.endsWith(" hid") || s.contains(" hid ")) {
            bits |= NEGATIVE;
        }
        if (s.contains("share") && SHARE_WORD.matcher(s).find()) {
            bits |= SHARE;
        }
        if ((bits & ABOUT_THE_ARTICLE) != 0 && !ABOUT_WORD.matcher(s).find()) {
            bits &= ~ABOUT_THE_ARTICLE;
        }
        if ((bits & AUTHOR) != 0 && !WRITER_WORD.matcher(s).find() && !SIGNATURE_WORD.matcher(s).find()) {
            bits &= ~AUTHOR;
        }
        if ((bits & DATE) != 0 && !DATE_WORD.matcher(s).find()) {
            bits &= ~DATE;
        }
        return bits;
    }
}
