package dev.newsflow.parser.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matches a headline part or a byline against the names of the site, its publisher or the authors: "Spiceworks" names
 * "Spiceworks Inc", "Vox" names vox.com, "Mac &amp; i" is the site and not a person.
 */
final class SiteNames {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private SiteNames() {
    }

    /** Whether a headline part names the site ("Spiceworks" for "Spiceworks Inc", "Vox" for vox.com) or an author. */
    static boolean isNameOf(String part, List<String> names) {
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

    /** Whether a byline value is just the site's or publisher's name ("Mac & i" on heise.de). */
    static boolean isSiteOrPublisher(String value, String site, String publisher) {
        String c = compact(value);
        return (site != null && c.equals(compact(site))) || (publisher != null && c.equals(compact(publisher)));
    }

    /** The host of a URL without its "www.", which names the site when nothing else does; null if none. */
    static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String compact(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
