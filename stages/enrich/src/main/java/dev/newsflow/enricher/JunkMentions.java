package dev.newsflow.enricher;

import dev.newsflow.model.Article;
import dev.newsflow.model.EntityType;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops tagged mentions that name nothing a reader would look up (times and time zones, dates, decades, navigation
 * words) and types the outlets of bylines and picture credits as organisations ("CNNMoney", "Getty Images"),
 * which the tagger, reading them where a person's name usually stands, calls people.
 */
final class JunkMentions {

    /** Clock and time-zone words: "1:28 AM ET" leaves "AM ET" capitalised next to the name of a place. */
    private static final Set<String> TIME_WORDS = Set.of("am", "pm", "a.m", "p.m", "a.m.", "p.m.", "et", "est",
            "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst", "hst", "gmt", "utc", "bst",
            "cet", "cest", "eet", "eest", "wet", "ist", "jst", "kst", "hkt", "aest", "aedt", "awst", "nzst", "nzdt",
            "msk", "sast", "wat", "eat", "z", "noon", "midnight");
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            "today", "yesterday", "tomorrow", "tonight");
    /** Whole names that are the links of a site's menus and toolbars, not things the article mentions. */
    private static final Set<String> NAVIGATION = Set.of("home", "front page", "homepage", "talking point",
            "in depth", "sign in", "sign up", "log in", "login", "register", "subscribe", "newsletter", "newsletters",
            "share", "share this", "tweet", "email", "print", "comments", "comment", "menu", "search", "skip to content",
            "read more", "more", "related", "related stories", "top stories", "most read", "most popular",
            "advertisement", "sponsored", "click here", "follow us", "contact us", "terms of use", "privacy policy",
            "cookie policy", "site map", "sitemap", "feedback", "help", "watch", "listen", "live", "video", "photos",
            "gallery", "editor's picks", "trending", "latest news", "breaking news", "low graphics", "high graphics",
            "accessibility help", "from our own correspondent", "letter from america");
    /**
     * The words of a news site's section and menu headings ("Latest News & Headlines", "World News", "Top
     * Stories"): a name made only of them, one of them a heading noun, names no one.
     */
    private static final Set<String> SECTION_WORDS = Set.of("latest", "top", "breaking", "world", "local",
            "national", "international", "business", "sport", "sports", "politics", "opinion", "entertainment",
            "more", "all", "&", "and", "news", "headlines", "stories", "updates");
    private static final Set<String> HEADING_NOUNS = Set.of("news", "headlines", "stories", "updates");
    /**
     * News agencies and picture libraries, named in bylines and picture credits ("Reuters/Getty Images") where
     * the tagger expects a person.
     */
    private static final Set<String> OUTLETS = Set.of("afp", "agence france-presse", "agence france presse", "ap",
            "associated press", "the associated press", "reuters", "getty", "getty images", "epa", "efe", "ansa",
            "dpa", "xinhua", "pa", "pa wire", "pa media", "press association", "bloomberg", "ap photo",
            "shutterstock", "alamy", "rex features", "rex", "corbis", "ani", "pti", "kyodo", "yonhap", "tass",
            "itar-tass", "ria novosti", "sipa", "upi", "cnn", "bbc news", "cnnmoney");
    /** "1990s", "mid-1990s", "the 80s", "2016": a decade or a year is a date, not a name. */
    private static final Pattern DECADE_OR_YEAR = Pattern.compile(
            "(?i)(?:(?:early|mid|late)[- ]?)?'?\\d{2,4}'?s?");

    /** What separates the words of a time or date ("1:28 AM ET", "Monday, March 3"); compiled once. */
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[\\s,:]+");

    private static final Set<String> SECOND_LEVEL_SUFFIXES = Set.of("co", "com", "org", "net", "ac", "gov");

    private JunkMentions() {
    }

    /** The mentions that name something, outlets typed as organisations. */
    static List<Mention> clean(List<Mention> mentions, Article article) {
        Set<String> outletKeys = outletKeys(article);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention whole : mentions) {
            for (Mention m : splitCredit(whole, outletKeys)) {
                String key = EntityMerger.key(m.text());
                if (isJunk(m.text(), key)) {
                    continue;
                }
                boolean outlet = OUTLETS.contains(key)
                        // the site's own name only where it cannot be a place: washington.org names Washington too
                        || (m.type() == EntityType.PERSON || m.type() == EntityType.MISC)
                            && (outletKeys.contains(key) || outletKeys.contains(key.replace(" ", "")));
                if (outlet && m.type() != EntityType.ORGANIZATION) {
                    out.add(new Mention(m.text(), EntityType.ORGANIZATION, m.part(), m.offset(), null));
                } else {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * A picture credit tagged as one name, "Ashraf Shazly/Agence France-Presse" or "Thomas Coex/AFP": the
     * photographer, a person, and the outlet, an organisation. A name with a slash is split so only when a side
     * is a known outlet or the article's own ("James Martin/CNET" on cnet.com; "AC/DC" stays whole); otherwise the
     * mention itself.
     *
     * @param outletKeys the article's own outlet ({@link #outletKeys})
     */
    static List<Mention> splitCredit(Mention m, Set<String> outletKeys) {
        String text = m.text();
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return List.of(m);
        }
        String left = text.substring(0, slash);
        String right = text.substring(slash + 1);
        boolean leftOutlet = isOutlet(EntityMerger.key(left), outletKeys);
        boolean rightOutlet = isOutlet(EntityMerger.key(right), outletKeys);
        if (!leftOutlet && !rightOutlet) {
            return List.of(m);
        }
        int rightStart = slash + 1 + (right.length() - right.stripLeading().length());
        Mention first = new Mention(left.strip(), leftOutlet ? EntityType.ORGANIZATION : EntityType.PERSON, m.part(),
                m.offset(), leftOutlet ? null : m.title());
        Mention second = new Mention(right.strip(), rightOutlet ? EntityType.ORGANIZATION : EntityType.PERSON,
                m.part(), m.offset() + rightStart, null);
        return List.of(first, second);
    }

    /** Whether the name is a time, a date, a decade or a menu link. */
    static boolean isJunk(String name, String key) {
        if (name.chars().noneMatch(Character::isLetter) || DECADE_OR_YEAR.matcher(name).matches()
                || NAVIGATION.contains(key) || isSectionHeading(key)) {
            return true;
        }
        boolean allTimeOrCalendar = true;
        for (String word : DATE_SEPARATORS.split(key)) {
            if (!word.isEmpty() && !TIME_WORDS.contains(word) && !CALENDAR_WORDS.contains(word)
                    && !word.chars().allMatch(Character::isDigit)) {
                allTimeOrCalendar = false;
                break;
            }
        }
        return allTimeOrCalendar;
    }

    private static boolean isOutlet(String key, Set<String> outletKeys) {
        return OUTLETS.contains(key) || outletKeys.contains(key) || outletKeys.contains(key.replace(" ", ""));
    }

    private static boolean isSectionHeading(String key) {
        boolean heading = false;
        for (String word : key.split(" ")) {
            if (!SECTION_WORDS.contains(word)) {
                return false;
            }
            heading |= HEADING_NOUNS.contains(word);
        }
        return heading;
    }

    /** The article's own outlet: its site name, and the name its host gives ("money.cnn.com": "cnn"). */
    private static Set<String> outletKeys(Article article) {
        Set<String> keys = new HashSet<>();
        if (article.site() != null && !article.site().isBlank()) {
            String site = EntityMerger.key(article.site());
            keys.add(site);
            keys.add(site.replace(" ", ""));
        }
        try {
            String host = URI.create(article.canonicalUrl().strip().replace(" ", "%20")).getHost();
            if (host != null) {
                String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
                // the registered name: the label before the public suffix ("cnn" in money.cnn.com, "bbc" in bbc.co.uk)
                int i = labels.length - 2;
                while (i > 0 && SECOND_LEVEL_SUFFIXES.contains(labels[i])) {
                    i--;
                }
                if (i >= 0) {
                    keys.add(labels[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            // an unparseable URL names no outlet; the site name still does
        }
        return keys;
    }
}
