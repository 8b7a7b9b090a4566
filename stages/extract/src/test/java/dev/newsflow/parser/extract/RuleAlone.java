package dev.newsflow.parser.extract;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;

/**
 * A page extracted under one precision rule alone ({@link PrecisionSettings#eachRuleAlone()}), and the council story
 * whose paragraphs the rule tests set around the block they test.
 */
final class RuleAlone {

    /** A paragraph of the story: prose no rule takes. */
    static final String PROSE = "<p>The council met on Tuesday evening to discuss the budget, the new library and"
            + " the state of the roads, which residents say have not been repaired in years.</p>";
    /** The story's last paragraph. */
    static final String LAST = "<p>Residents will be asked for their views at a meeting in the library next"
            + " month, the council said.</p>";
    /** The story's page, with the body's paragraphs in its {@code <article>} to come between the two. */
    static final String PAGE_START = "<html><head><title>Council approves the budget</title></head><body><article>";
    static final String PAGE_END = "</article></body></html>";

    private static final String URL = "https://example.org/news/budget";

    private RuleAlone() {
    }

    /** The page at the story's address, extracted with {@code rule} alone on. */
    static Article article(String rule, String html) {
        return article(rule, URL, html);
    }

    /** The page at {@code url}, extracted with {@code rule} alone on. */
    static Article article(String rule, String url, String html) {
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.eachRuleAlone().get(rule))
                .extract(RawPage.of(url, "text/html", html, null, "manual"));
    }
}
