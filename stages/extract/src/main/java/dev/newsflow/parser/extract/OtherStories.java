package dev.newsflow.parser.extract;

import org.jsoup.nodes.Element;

/**
 * Tells an element in a region of other stories (teasers, comments, navigation, sharing, a page footer) from one of
 * the article's own, so that their bylines and dates are not taken for the article's.
 */
final class OtherStories {

    private final ClassSignals signals;

    OtherStories(ClassSignals signals) {
        this.signals = signals;
    }

    /**
     * Whether an element sits in a teaser, comment, navigation or social region rather than the article. A footer or
     * aside counts only outside an {@code <article>}: inside one it holds the article's own byline and date.
     */
    boolean contain(Element el) {
        boolean pageFooter = false;
        for (Element p = el; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("nav")) {
                return true;
            }
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            if (tag.equals("body")) {
                return pageFooter;
            }
            pageFooter |= tag.equals("footer") || tag.equals("aside");
            // class and id asked apart, each distinct value once (ClassSignals caches): every candidate byline and
            // date walks up through the same few containers
            if ((signals.of(p) & ClassSignals.OTHER_STORIES) != 0) {
                return true;
            }
        }
        return pageFooter;
    }
}
