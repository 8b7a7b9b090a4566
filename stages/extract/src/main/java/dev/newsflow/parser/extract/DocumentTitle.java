package dev.newsflow.parser.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Readability's reading of a page's {@code <title>}: the site part around separators dropped unless too little is left. */
final class DocumentTitle {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|\\-–—\\\\/>»]\\s");
    private static final Pattern HIERARCHICAL_SEPARATOR = Pattern.compile("\\s[\\\\/>»]\\s");
    private static final Pattern BEFORE_LAST_SEPARATOR = Pattern.compile("(.*)[|\\-–—\\\\/>»] .*");
    private static final Pattern AFTER_FIRST_SEPARATOR = Pattern.compile("[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»](.*)");
    private static final Pattern SEPARATOR_RUN = Pattern.compile("[|\\-–—\\\\/>»]+");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s{2,}");

    private DocumentTitle() {
    }

    /**
     * The article's title as the page's {@code <title>} gives it.
     *
     * @param title    the page's {@code <title>}, or null
     * @param headings its {@code <h1>} and {@code <h2>} elements, in document order
     */
    static String of(Element title, List<Element> headings) {
        String orig = title == null ? "" : title.text().strip();
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

    /** Words separated by whitespace. */
    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }
}
