package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;

/**
 * Readability's first walk over a page's body: drops what cannot be article text (scripts, hidden elements, dialogs,
 * bylines, author bios, the heading that repeats the title, unlikely candidates by class, id or role, empty blocks),
 * turns loose text into paragraphs and collects the elements whose text is scored. Mutates the document.
 */
final class CandidateWalk {

    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    /** Never article text: removed before scoring. */
    private static final Set<String> NON_CONTENT = Set.of("script", "noscript", "style", "template", "link", "meta");
    /** Longest text an author-bio or timestamp element may hold to be dropped as such (bios run to a few sentences). */
    private static final int MAX_ABOUT_CHARS = 500;
    /** Longest text of a byline; a longer element named for its author is a block of the article. */
    private static final int MAX_BYLINE_CHARS = 100;
    /** What a live-blog entry's time stamp never holds: a link, a headline, navigation, a picture. */
    private static final Set<String> NOT_IN_A_TIME_STAMP = Set.of("a", "h1", "nav", "img");
    /** How close to the title a heading must be to repeat it. */
    private static final double REPEATS_TITLE = 0.75;
    /** How much of the title's wording a heading below {@code <h1>} must hold as well to repeat it. */
    private static final double HOLDS_THE_TITLE = 0.5;

    /**
     * What the walk leaves for scoring.
     *
     * @param toScore       the elements whose text is scored, in document order (some may have been detached since)
     * @param visibleByline the text of the first byline the walk removed, or null
     */
    record Result(List<Element> toScore, String visibleByline) {
    }

    private CandidateWalk() {
    }

    /**
     * Walks the body.
     *
     * @param title          the article's title as known from its metadata, or null
     * @param stripUnlikely  whether unlikely candidates (by class, id and role) are removed: the first pass only
     * @param prepared       what the preparation removes and rewrites, already gathered from the untouched page (over
     *                       this body), or null to gather it here
     */
    static Result walk(Element body, String title, ClassSignals signals, boolean stripUnlikely, Preparation prepared) {
        if (prepared != null && prepared.body == body) {
            prepared.apply();
        } else {
            prepare(body);
        }
        List<Element> toScore = new ArrayList<>();
        String visibleByline = null;
        boolean titleRemoved = false;
        Element node = body;
        while (node != null) {
            String tag = node.normalName();
            int match = signals.of(node);
            if (!isVisible(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (node.attr("aria-modal").equals("true") && node.attr("role").equals("dialog")) {
                node = removeAndNext(node);
                continue;
            }
            if (isByline(node, match)) {
                // removed all the same, but a dateline ("Madrid, 12 de mayo", "Stand: 14.07.2026") names no author, and
                // a picture's credit in a "byline" box is not the byline the page shows
                if (visibleByline == null && namesAnAuthor(node, match) && !PictureCredits.isCredit(node)) {
                    visibleByline = node.text().strip();
                }
                node = removeAndNext(node);
                continue;
            }
            if ((match & ClassSignals.ABOUT_THE_ARTICLE) != 0 && node != body && isShort(node)
                    && !LiveBlogEntries.isEntryTime(node)) {
                // an author's bio or a "First published ... AM ET" line: about the article, not of it (a live blog's
                // entry time in a "timestamp" span is the entry's)
                node = removeAndNext(node);
                continue;
            }
            if (!titleRemoved && isHeadline(node, tag, title)) {
                titleRemoved = true;
                node = removeAndNext(node);
                continue;
            }
            if (stripUnlikely && node != body && isUnlikely(node, tag, match) && !isEntryHeader(node)) {
                node = removeAndNext(node);
                continue;
            }
            if ((tag.equals("div") || tag.equals("section") || tag.equals("header") || tag.startsWith("h") && tag.length() == 2
                    && Character.isDigit(tag.charAt(1))) && isEmpty(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                Paragraphs.wrapPhrasingRuns(node);
                Element only = Paragraphs.singleChild(node, "p");
                if (only != null && SubtreeStats.of(node).linkDensity() < 0.25) {
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                } else if (!Paragraphs.hasChildBlock(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        return new Result(toScore, visibleByline);
    }

    /** Drops scripts and other non-content and turns runs of {@code <br><br>} into paragraphs, as Readability does. */
    private static void prepare(Element body) {
        // one traversal both drops the non-content and finds the line breaks
        List<Element> brs = new ArrayList<>();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (isNonContent(el, tag)) {
                        return FilterResult.REMOVE;
                    }
                    if (tag.equals("br")) {
                        brs.add(el);
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        Paragraphs.fromLineBreaks(brs);
    }

    private static boolean isNonContent(Element el, String tag) {
        return NON_CONTENT.contains(tag)
                || tag.equals("object") && el.attr("type").toLowerCase(Locale.ROOT).startsWith("application");
    }

    /**
     * What {@link #prepare} removes from a body and the line breaks it rewrites, gathered by a walk that has to visit
     * the untouched page anyway (the metadata's): the first pass then skips a walk of the whole body. Applies to the
     * document it was gathered from only as long as nothing has changed it since.
     */
    static final class Preparation implements NodeVisitor {
        private final Element body;
        private final List<Element> nonContent = new ArrayList<>();
        private final List<Element> brs = new ArrayList<>();
        /** Depth of the body in the walk while it is inside it, else -1; depth of a non-content element it is inside, else -1. */
        private int bodyDepth = -1;
        private int nonContentDepth = -1;

        /** @param body the body of the document the walk will visit (null: nothing to gather) */
        Preparation(Element body) {
            this.body = body;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            if (el == body) {
                bodyDepth = depth;
            }
            if (bodyDepth < 0 || nonContentDepth >= 0) {
                return;
            }
            String tag = el.normalName();
            if (isNonContent(el, tag)) {
                nonContent.add(el);
                nonContentDepth = depth;
            } else if (tag.equals("br")) {
                brs.add(el);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (depth == nonContentDepth && node instanceof Element) {
                nonContentDepth = -1;
            }
            if (node == body) {
                bodyDepth = -1;
            }
        }

        private void apply() {
            for (Element el : nonContent) {
                el.remove();
            }
            Paragraphs.fromLineBreaks(brs);
        }
    }

    /** An unlikely candidate by its class or id (unless they also say it may be one) or by its role. */
    private static boolean isUnlikely(Element node, String tag, int match) {
        if ((match & ClassSignals.UNLIKELY) != 0 && (match & ClassSignals.MAYBE_CANDIDATE) == 0
                && !Ancestors.has(node, "table", 3) && !Ancestors.has(node, "code", 3)
                && !tag.equals("body") && !tag.equals("a")) {
            return true;
        }
        return UNLIKELY_ROLES.contains(node.attr("role"));
    }

    /**
     * A live blog's entry header, by its tag or class: one that holds only a time of day
     * ({@code <header class="block-header"><time>10:42</time></header>}), or the entry's time and short title when the
     * entry is one of a run ({@link LiveBlogEntries#isEntryHeader}). Both are the entry's text, not page chrome. The
     * page's and the article's own headers hold a headline, links, a byline or a date with the time, and no run of
     * entries holds them, so they are still unlikely.
     */
    private static boolean isEntryHeader(Element node) {
        if (!node.normalName().equals("header") && !node.className().toLowerCase(Locale.ROOT).contains("header")) {
            return false; // a sidebar, a footer, a comment thread: unlikely for other words than "header"
        }
        // a page's header may be long: its text is read only as far as a time stamp's length
        StringBuilder text = new StringBuilder();
        org.jsoup.select.NodeFilter.FilterResult end = org.jsoup.select.NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n instanceof Element el && NOT_IN_A_TIME_STAMP.contains(el.normalName())) {
                    return FilterResult.STOP;
                }
                if (n instanceof TextNode t) {
                    text.append(t.getWholeText());
                    if (text.length() > LiveBlogEntries.MAX_TIME_STAMP_CHARS * 4) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, node);
        return end != NodeFilter.FilterResult.STOP && LiveBlogEntries.isTimeOfDay(text.toString())
                || LiveBlogEntries.isEntryHeader(node);
    }

    private static boolean isVisible(Element el) {
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return false;
            }
        }
        if (el.hasAttr("hidden")) {
            return false;
        }
        return !el.attr("aria-hidden").equals("true") || el.className().contains("fallback-image");
    }

    /** Short enough to be a bio or a timestamp line, not a container that happens to carry such a class. */
    private static boolean isShort(Element el) {
        return el.text().length() <= MAX_ABOUT_CHARS;
    }

    /**
     * Whether a byline element ({@link #isByline}) names the author: one classed or marked for its author, or a
     * dateline that opens with a byline's word ("By Sarah Lane, Education Editor"); not a dateline's place and date.
     */
    private static boolean namesAnAuthor(Element el, int match) {
        return (match & ClassSignals.AUTHOR) != 0 || el.attr("rel").equals("author") || el.attr("itemprop").contains("author")
                || Bylines.opensWithBylineWord(el.text());
    }

    private static boolean isByline(Element el, int match) {
        String rel = el.attr("rel");
        String itemprop = el.attr("itemprop");
        if (rel.equals("author") || itemprop.contains("author") || (match & ClassSignals.BYLINE) != 0) {
            String text = el.text().strip();
            return !text.isEmpty() && text.length() < MAX_BYLINE_CHARS;
        }
        return false;
    }

    /**
     * The article's headline set in the page: a heading marked as the headline ({@code itemprop="headline"}: the page's
     * own words, which may differ from its {@code og:title}), or one that repeats the title. The first such heading is
     * the headline, not a line of the body; a later section heading is left alone. An {@code <h1>} repeats the title when
     * its words are in the title (Readability's test: a shortened headline still counts); a lower heading must also hold
     * half the title's words, or a short section heading made of the title's words ("What the emergency means" under
     * "Heat emergency: what we know ...") would be taken for the headline when the page's {@code <h1>} was dropped with
     * its header.
     */
    private static boolean isHeadline(Element node, String tag, String title) {
        if (tag.length() != 2 || tag.charAt(0) != 'h' || tag.charAt(1) < '1' || tag.charAt(1) > '4') {
            return false;
        }
        if (node.attr("itemprop").equals("headline")) {
            return true;
        }
        return repeatsTitle(node, title)
                && (tag.charAt(1) == '1' || TextSimilarity.of(node.text(), title) >= HOLDS_THE_TITLE);
    }

    private static boolean repeatsTitle(Element heading, String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String h = heading.text().strip();
        return !h.isEmpty() && TextSimilarity.of(title, h) > REPEATS_TITLE;
    }

    private static boolean isEmpty(Element el) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (!tag.equals("br") && !tag.equals("hr")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }

    /** Depth-first successor of {@code node}, skipping its subtree when asked. */
    private static Element next(Element node, boolean skipChildren) {
        // firstElementChild() walks the child nodes; child(0) would rebuild jsoup's cached element list, which every
        // removal during the walk invalidates
        Element first = skipChildren ? null : node.firstElementChild();
        if (first != null) {
            return first;
        }
        for (Element n = node; n != null; n = n.parent()) {
            Element sib = n.nextElementSibling();
            if (sib != null) {
                return sib;
            }
        }
        return null;
    }
}
