package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A live blog's entries, told by structure: a run of at least three sibling elements of one tag and class that each
 * hold a time of day and prose. An entry's time and title are the article's text even where their markup (a header, a
 * "timestamp" class) reads as page chrome elsewhere, and the article is the run, not the entry that scores best.
 */
final class LiveBlogEntries {

    /** Longest live-blog entry time: "10:42 GMT", "18:05 Uhr", "6.15pm". */
    static final int MAX_TIME_STAMP_CHARS = 24;
    /** A time of day, with perhaps a word before or after it ("10:42", "18:05 Uhr", "6.15pm BST", "à 18h30", "22 h 10"). */
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?iu)(?:\\p{L}{1,3}\\s+)?\\d{1,2}\\s?[:.h]\\s?[0-5]\\d\\s*(?:[ap]\\.?m\\.?)?(?:\\s+\\p{L}{1,4})?");
    /** Fewest sibling entries that make a run: two posts with times may be an article and its update. */
    private static final int MIN_RUN = 3;
    /** Fewest characters of an entry besides its time: a sentence of prose. */
    private static final int MIN_PROSE_CHARS = 60;
    /** Longest entry header: its time and a short title ("Power cuts rise to 42,000"), not a paragraph. */
    private static final int MAX_HEADER_CHARS = 160;
    /** What an entry's header never holds: a headline of the page, navigation, a picture. */
    private static final Set<String> NOT_IN_AN_ENTRY_HEADER = Set.of("h1", "nav", "img");
    /** How far above an element its entry may be (an entry's header, its time inside a link inside the header). */
    private static final int MAX_ENTRY_DEPTH = 4;

    /** Longest control line around a live blog's entries ("Show key events only Updated 2 minutes ago"). */
    private static final int MAX_CONTROL_CHARS = 60;
    /** Longest label a CMS sets in an entry before its time ("Pinned", "Fäst inlägg", "Angepinnt", "Breaking"). */
    private static final int MAX_ENTRY_LABEL_CHARS = 30;
    /** Longest entry author beside the time ("Av Karin Ek"): a byline word and a name. */
    private static final int MAX_ENTRY_AUTHOR_CHARS = 48;
    /**
     * An entry's author line: a byline's word and one to four capitalised names. The words are those of the tune pages'
     * languages and their near kin (English, the Scandinavian "av"/"af", German, French, Spanish, Dutch, Italian).
     */
    private static final Pattern ENTRY_AUTHOR = Pattern.compile(
            "(?u)(?i:by|av|af|von|par|por|door|di)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");

    private LiveBlogEntries() {
    }

    /**
     * A label a live blog's CMS sets in an entry before the entry's time: "Pinned", "Fäst inlägg", "Angepinnt". The
     * entry's own text (its time, title and paragraphs) starts at its time, so a short line above the time, with no
     * digit and not a heading, is the CMS's badge, in any language.
     */
    static boolean isEntryLabel(Element block, String text) {
        if (text.isEmpty() || text.length() > MAX_ENTRY_LABEL_CHARS || hasDigit(text) || HeaderLines.isHeading(block)) {
            return false;
        }
        Element entry = entryOf(block, MAX_ENTRY_DEPTH);
        if (entry == null) {
            return false;
        }
        Element stamp = timeStampIn(entry);
        return stamp != null && comesFirst(block, stamp, entry);
    }

    /**
     * Removes an entry's author set beside its time in one line ("14.55 Av Karin Ek": a time span, an author span), so
     * that the time stays; answers whether anything went. Only an element next to the time, within an entry of a run,
     * whose whole text is a byline ({@link #ENTRY_AUTHOR}).
     */
    static boolean removeAuthorBesideTime(Element block, String text) {
        if (text.length() > MAX_TIME_STAMP_CHARS + MAX_ENTRY_AUTHOR_CHARS || text.isEmpty()
                || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        Element stamp = timeStampIn(block);
        if (stamp == null || stamp == block || entryOf(block, MAX_ENTRY_DEPTH) == null) {
            return false;
        }
        boolean removed = false;
        for (Element sib = stamp.parent().firstElementChild(); sib != null; ) {
            Element next = sib.nextElementSibling();
            String t = sib.text().strip();
            if (sib != stamp && t.length() <= MAX_ENTRY_AUTHOR_CHARS && ENTRY_AUTHOR.matcher(t).matches()) {
                sib.remove();
                removed = true;
            }
            sib = next;
        }
        return removed;
    }

    /**
     * Removes a live blog's controls set as lines of text around its entries: a short line before the first entry or
     * after the last ("Show key events only Updated 2 minutes ago", "Uppdateras löpande", "Load more"), at most
     * {@link #MAX_CONTROL_CHARS}, no heading, not ending a sentence (the blog's intro does), with no time of day of its
     * own. Only where the blocks hold entries of a run (the caller asks {@link #mayHoldEntries} first); answers the
     * blocks left.
     */
    static List<Element> removeControls(Element content, List<Element> blocks, Function<Element, String> textOf) {
        // the run is found from the blocks that show a time (an entry's time is a block of its own or opens one), and
        // stretched to the first and last blocks of the entries they are in: only those blocks climb to their entry
        int first = -1;
        int last = -1;
        Element firstEntry = null;
        Element lastEntry = null;
        for (int i = 0; i < blocks.size(); i++) {
            Element entry = timeNearStart(textOf.apply(blocks.get(i))) ? entryOf(blocks.get(i), MAX_ENTRY_DEPTH) : null;
            if (entry != null) {
                if (first < 0) {
                    first = i;
                    firstEntry = entry;
                }
                last = i;
                lastEntry = entry;
            }
        }
        if (first < 0) {
            return blocks;
        }
        while (first > 0 && Ancestors.isWithin(blocks.get(first - 1), firstEntry)) {
            first--;
        }
        while (last + 1 < blocks.size() && Ancestors.isWithin(blocks.get(last + 1), lastEntry)) {
            last++;
        }
        List<Element> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            if ((i < first || i > last) && isControlLine(block, textOf.apply(block))) {
                JunkBlocks.removeWithEmptyParents(block, content);
            } else {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean isControlLine(Element block, String text) {
        if (text.isEmpty() || text.length() > MAX_CONTROL_CHARS || HeaderLines.isHeading(block) || isTimeOfDay(text)) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        return end != '.' && end != '!' && end != '?' && end != '"' && end != '”' && end != '“' && end != '»';
    }

    /**
     * Whether any block shows a time of day near its start ("14.55", "09:52 Power cuts rise", "3:45 p.m. ET", "à 18h30"):
     * without one the blocks hold no entry, and the search for a run (its siblings counted at each level above each
     * block) is spared on almost every page.
     */
    static boolean mayHoldEntries(List<Element> blocks, Function<Element, String> textOf) {
        for (Element block : blocks) {
            if (timeNearStart(textOf.apply(block))) {
                return true;
            }
        }
        return false;
    }

    /** A digit, a separator of hours and minutes and two digits within the text's first characters. */
    static boolean timeNearStart(String text) {
        int limit = Math.min(text.length(), MAX_TIME_STAMP_CHARS) - 3;
        for (int i = 0; i < limit; i++) {
            char sep = text.charAt(i + 1);
            if (Character.isDigit(text.charAt(i)) && (sep == ':' || sep == '.' || sep == 'h')
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} comes before {@code b} in {@code root}'s document order (an ancestor comes first). */
    private static boolean comesFirst(Element a, Element b, Element root) {
        Element[] first = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n == a || n == b) {
                    first[0] = (Element) n;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return first[0] == a;
    }

    /** Whether the text is a time of day and nothing more than a word beside it. */
    static boolean isTimeOfDay(String text) {
        CharSequence t = Stripped.within(text, MAX_TIME_STAMP_CHARS);
        return t != null && TIME_OF_DAY.matcher(t).matches();
    }

    /** The nearest element from {@code el} up (itself included) that is an entry of a live blog's run, or null. */
    static Element entryOf(Element el, int levels) {
        Element e = el;
        for (int level = 0; e != null && level <= levels; level++, e = e.parent()) {
            if (e.parent() == null || e.normalName().equals("body")) {
                return null;
            }
            if (isEntry(e)) {
                return e;
            }
        }
        return null;
    }

    /**
     * A header (by tag or class) that opens a live blog's entry: it holds the entry's time of day and at most a short
     * title, and its entry is one of a run. A page's header (links, a logo, the headline) is not inside such a run.
     */
    static boolean isEntryHeader(Element header) {
        if (header.parent() == null || longerThan(header, MAX_HEADER_CHARS) || timeStampIn(header) == null) {
            return false;
        }
        boolean[] plain = {true};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n instanceof Element el && NOT_IN_AN_ENTRY_HEADER.contains(el.normalName())) {
                    plain[0] = false;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, header);
        return plain[0] && entryOf(header.parent(), MAX_ENTRY_DEPTH - 1) != null;
    }

    /** Whether an element (an entry's {@code <time>}, its title) sits inside an entry of a live blog's run. */
    static boolean isInEntry(Element el) {
        return entryOf(el, MAX_ENTRY_DEPTH) != null;
    }

    /** A short element holding only a time of day inside a live blog's entry (a "timestamp" span beside the title). */
    static boolean isEntryTime(Element el) {
        return isTimeOfDay(el.text()) && entryOf(el, MAX_ENTRY_DEPTH) != null;
    }

    /**
     * One of a run: at least {@link #MIN_RUN} siblings of its tag and class (itself among them) each hold a time of day
     * and prose.
     */
    private static boolean isEntry(Element e) {
        // the siblings of its tag and class are counted first: that is cheap, and most elements asked (the article's
        // container, a paragraph's parents) have too few, so their subtrees are never searched for a time
        // (the siblings are walked, not listed: children() would rebuild jsoup's element list the cleaner invalidates)
        int alike = 0;
        for (Element sib = e.parent().firstElementChild(); sib != null && alike < MIN_RUN; sib = sib.nextElementSibling()) {
            if (sib.normalName().equals(e.normalName()) && sib.className().equals(e.className())) {
                alike++;
            }
        }
        if (alike < MIN_RUN || !holdsTimeAndProse(e)) {
            return false;
        }
        int run = 0;
        for (Element sib = e.parent().firstElementChild(); sib != null; sib = sib.nextElementSibling()) {
            if (sib.normalName().equals(e.normalName()) && sib.className().equals(e.className()) && holdsTimeAndProse(sib)
                    && ++run >= MIN_RUN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element's text ({@link Element#text()}, whitespace collapsed) is longer than {@code max}, read only
     * as far as needed: its letters and digits, which the collapsing keeps, are counted until they pass {@code max} (a
     * page's header of links and a logo is left at once), and only a text shorter than that is built to be measured.
     */
    private static boolean longerThan(Element el, int max) {
        int[] letters = {0};
        NodeFilter.FilterResult end = NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n instanceof TextNode t) {
                    String text = t.getWholeText();
                    for (int i = 0; i < text.length(); i++) {
                        if (Character.isLetterOrDigit(text.charAt(i)) && ++letters[0] > max) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, el);
        return end == NodeFilter.FilterResult.STOP || el.text().length() > max;
    }

    private static boolean holdsTimeAndProse(Element e) {
        Element stamp = timeStampIn(e);
        return stamp != null && e.text().length() - stamp.text().length() >= MIN_PROSE_CHARS;
    }

    /** The first element inside {@code e} (or {@code e}) whose whole text is a time of day, or null. */
    private static Element timeStampIn(Element e) {
        Element[] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n instanceof TextNode t && isTimeOfDay(t.getWholeText()) && t.parent() instanceof Element p
                        && isTimeOfDay(p.text())) {
                    found[0] = p;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return found[0];
    }
}
