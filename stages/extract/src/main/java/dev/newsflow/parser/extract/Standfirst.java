package dev.newsflow.parser.extract;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The standfirst (dek, subtitle, sapo, Vorspann, entradilla, sommario) a page sets under its headline: the article's
 * description, not its body. Judged by position first, as {@link HeaderLines} are: only the first block of prose (or
 * a heading long enough to be a sentence) above the run of the body's paragraphs is asked, and it must stand outside
 * the container those paragraphs share. The article's own first paragraph, the lede, sits inside that container however
 * it is classed or set in bold, and stays. Position alone is not proof, since a body split by an advertisement puts its
 * first paragraph in a container of its own: a block outside the run also needs one sign that the page sets it apart
 * as a summary (its text is the page's declared description, a class or id that names a summary, a {@code <header>}
 * or a heading around it, a byline or date between it and the text), and must not open with a dateline.
 */
final class Standfirst {

    /** Longest standfirst: two or three sentences; a longer block is an article's paragraph. */
    private static final int MAX_CHARS = 350;
    /** Most sentence ends in a standfirst. */
    private static final int MAX_SENTENCES = 3;
    /** Fewest words of a heading that reads as a standfirst without a full stop ("Kickers" and section titles are shorter). */
    private static final int MIN_HEADING_WORDS = 6;
    /** The body's paragraphs after the candidate whose shared container is the run's (two at least). */
    private static final int RUN_PARAGRAPHS = 3;
    /** Most items of a key-points box, and the longest item: a summary's few sentences. */
    private static final int MAX_KEY_POINTS = 6;
    private static final int MAX_KEY_POINT_CHARS = 250;
    /** Longest title of a key-points box ("Das Wichtigste in Kürze"). */
    private static final int MAX_KEY_POINTS_TITLE_CHARS = 40;
    /** How much of each other's wording a standfirst and the page's description share at least (the description may be cut). */
    private static final double DESCRIPTION_HOLDS = 0.9;
    private static final double STANDFIRST_HOLDS = 0.6;
    /** Class and id words of a summary under a headline, in the languages of the stress pages and their neighbours. */
    private static final Pattern SUMMARY_CLASS = Pattern.compile("(?iu)(?:^|[\\s_-])(?:standfirst|dek|deck|sub-?titles?"
            + "|subt[ií]tulo|sub-?head(?:line|ing)?s?|summary|teaser|excerpt|sapo|chap[oô]|chapeau|vorspann|entradilla|sommario"
            + "|ingress|desc|description|strap(?:line)?)(?:$|[\\s_-])");
    /** Class and id words of a page's article header, where a block is a standfirst even without a summary class. */
    private static final Pattern HEADER_CLASS = Pattern.compile("(?iu)(?:^|[\\s_-])(?:header|head|heading|hero|kopf"
            + "|cabecera|titulares|entete|en-tete|intestazione|titel|title)(?:$|[\\s_-])");
    /**
     * A dateline: a place (perhaps a date, an agency) and a dash before the text: "DUBLIN, 3 March –", "MADRID, 3 de
     * marzo (EFE).-", "GENEVA (Reuters) -", "LONDON —". A paragraph that opens so is the article's, however it is set.
     */
    private static final Pattern DATELINE = Pattern.compile("(?u)^\\p{Lu}[^.!?]{0,60}?(?:\\)|\\d|\\p{Lu}{2,})\\s*\\.?\\s*[-–—]+\\s");
    private static final Evaluator TIME = QueryParser.parse("time");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？](?:\\s|$)");

    private Standfirst() {
    }

    /**
     * The standfirst among the content's blocks, or a box of key points above the text, or null. {@code blocks}: the
     * content's text blocks in order (header lines still there are passed over); {@code description}: the page's
     * declared description, or null.
     */
    static Element find(List<Element> blocks, Function<Element, String> textOf, String description) {
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            String text = textOf.apply(block);
            if (HeaderLines.isHeaderLine(block, text)) {
                // a date or byline line above the text is the header lines' concern, and no summary
                continue;
            }
            if (HeaderLines.isProse(text) || longHeading(block, text)) {
                if (block.normalName().equals("li") || Ancestors.has(block, "li", -1)) {
                    // a list above the text: a box of key points, or the article's own list
                    return keyPointsBox(blocks, i, textOf);
                }
                return isStandfirst(blocks, i, textOf, description) ? block : null;
            }
            if (isDescriptionWithoutFullStop(block, text, description)) {
                return block;
            }
        }
        return null;
    }

    /**
     * A line above the text that the page's declared description repeats, set without a full stop as many outlets set
     * their standfirsts ("Sonnet has listened to the complaints, and its flagship is now as comfortable as it is
     * quiet"): no prose block comes before it, so it cannot be the lede, and the description names it as the summary.
     */
    private static boolean isDescriptionWithoutFullStop(Element block, String text, String description) {
        return description != null && text.length() <= MAX_CHARS && text.split("\\s+").length >= MIN_HEADING_WORDS
                && !HeaderLines.isHeading(block) && matchesDescription(text, description)
                && !JunkBlocks.mostlyLinked(block, text) && !inQuoteListOrTable(block);
    }

    /**
     * A box of key points above the article's text ("Key Points", "Das Wichtigste in Kürze", "Lo más importante"): a
     * list of two to {@link #MAX_KEY_POINTS} sentences without links, the first prose on the page, set in a container
     * of its own under a short title, and followed by the body's paragraphs outside that container. The prose says
     * it again, as a standfirst does. Answers the box (title and list), or null. A list the article opens with sits
     * in the body's container, has no title of its own, or links to what it names.
     */
    private static Element keyPointsBox(List<Element> blocks, int at, Function<Element, String> textOf) {
        Element list = blocks.get(at);
        while (list != null && !list.normalName().equals("ul") && !list.normalName().equals("ol")) {
            list = list.parent();
        }
        if (list == null || list.selectFirst("a") != null) {
            return null;
        }
        int items = 0;
        for (Element child : list.children()) {
            if (!child.normalName().equals("li") || child.text().length() > MAX_KEY_POINT_CHARS) {
                return null;
            }
            items++;
        }
        Element box = list.parent();
        if (items < 2 || items > MAX_KEY_POINTS || box == null || !hasOnlyATitleBeside(box, list)) {
            return null;
        }
        // the body's next paragraphs stand in a container of their own, not beside the box among the article's blocks
        int paragraphs = 0;
        for (int i = at + 1; i < blocks.size() && paragraphs < 2; i++) {
            Element next = blocks.get(i);
            if (Ancestors.isWithin(next, box) || !HeaderLines.isProse(textOf.apply(next))) {
                continue;
            }
            if (next.parent() == box.parent()) {
                return null;
            }
            paragraphs++;
        }
        return paragraphs == 2 ? box : null;
    }

    /**
     * The box holds the list and one short title above it (a heading or a line of a few words), nothing else; or the
     * list alone in a container named by its class or id, whose title an earlier rule took as a header line.
     */
    private static boolean hasOnlyATitleBeside(Element box, Element list) {
        if (box.childrenSize() == 1) {
            return box.child(0) == list && (!box.className().isBlank() || !box.id().isBlank());
        }
        if (box.childrenSize() != 2 || box.child(1) != list) {
            return false;
        }
        String title = box.child(0).text().strip();
        return !title.isEmpty() && title.length() <= MAX_KEY_POINTS_TITLE_CHARS && !HeaderLines.isProse(title)
                && box.child(0).selectFirst("a") == null;
    }

    private static boolean longHeading(Element block, String text) {
        return HeaderLines.isHeading(block) && text.split("\\s+").length >= MIN_HEADING_WORDS;
    }

    private static boolean isStandfirst(List<Element> blocks, int at, Function<Element, String> textOf, String description) {
        Element candidate = blocks.get(at);
        String text = textOf.apply(candidate);
        if (text.length() > MAX_CHARS || sentences(text) > MAX_SENTENCES || DATELINE.matcher(text).find()
                || JunkBlocks.mostlyLinked(candidate, text) || inQuoteListOrTable(candidate)) {
            return false;
        }
        // the container the body's next paragraphs share
        Element run = null;
        int paragraphs = 0;
        for (int i = at + 1; i < blocks.size() && paragraphs < RUN_PARAGRAPHS; i++) {
            if (HeaderLines.isProse(textOf.apply(blocks.get(i)))) {
                run = run == null ? blocks.get(i).parent() : commonAncestor(run, blocks.get(i));
                paragraphs++;
            }
        }
        if (paragraphs < 2 || run == null || Ancestors.isWithin(candidate, run)) {
            return false;
        }
        if (opensWithAHeading(blocks, at, run)) {
            // an article in sections: the block above them is its introduction, set apart from the first section
            return false;
        }
        Element shared = commonAncestor(run, candidate);
        Element candidateSide = childOnTheWay(shared, candidate);
        Element runSide = childOnTheWay(shared, run);
        if (candidateSide != candidate && sameKind(candidateSide, runSide)) {
            // a body split in two containers of one kind (by an advertisement, a player): the first is the article's
            return false;
        }
        return matchesDescription(text, description) || summaryMarkup(candidate, shared)
                || setApartFromTheText(candidateSide, runSide);
    }

    private static boolean opensWithAHeading(List<Element> blocks, int at, Element run) {
        for (int i = at + 1; i < blocks.size(); i++) {
            if (Ancestors.isWithin(blocks.get(i), run)) {
                return HeaderLines.isHeading(blocks.get(i));
            }
        }
        return false;
    }

    private static int sentences(String text) {
        int n = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean inQuoteListOrTable(Element block) {
        for (Element p = block; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("li") || tag.equals("blockquote") || tag.equals("td") || tag.equals("figure")) {
                return true;
            }
        }
        return false;
    }

    /** The page's description says what the block says: it is the block, or the block cut short. */
    static boolean matchesDescription(String text, String description) {
        return description != null && !description.isBlank()
                && TextSimilarity.of(text, description) >= DESCRIPTION_HOLDS
                && TextSimilarity.of(description, text) >= STANDFIRST_HOLDS;
    }

    /**
     * A class or id that names a summary on the block or its containers below {@code shared}, a {@code <header>} or a
     * header's class around it, or the block set as a heading.
     */
    private static boolean summaryMarkup(Element candidate, Element shared) {
        if (HeaderLines.isHeading(candidate)) {
            return true;
        }
        for (Element p = candidate; p != null && p != shared; p = p.parent()) {
            if (p.normalName().equals("header")) {
                return true;
            }
            String names = p.className() + " " + p.id();
            if (names.isBlank()) {
                continue;
            }
            if (SUMMARY_CLASS.matcher(names).find() || p != candidate && HEADER_CLASS.matcher(names).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date or a byline between the block and the body's container (among the children of their shared container): the
     * page's header goes on below the block. Not an image: an advertisement or a player splits a body as well.
     */
    private static boolean setApartFromTheText(Element candidateSide, Element runSide) {
        for (Element e = candidateSide.nextElementSibling(); e != null && e != runSide; e = e.nextElementSibling()) {
            if (e.normalName().equals("time") || e.selectFirst(TIME) != null || HeaderLines.isHeaderLine(e, e.text().strip())) {
                return true;
            }
        }
        return false;
    }

    /** The same tag and classes: two parts of one body, not a header and a body. */
    private static boolean sameKind(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    private static Element commonAncestor(Element container, Element el) {
        for (Element p = container; p != null; p = p.parent()) {
            if (Ancestors.isWithin(el, p)) {
                return p;
            }
        }
        return null;
    }

    /** The child of {@code ancestor} that holds {@code el} (or is it). */
    private static Element childOnTheWay(Element ancestor, Element el) {
        Element p = el;
        while (p.parent() != null && p.parent() != ancestor) {
            p = p.parent();
        }
        return p;
    }
}
