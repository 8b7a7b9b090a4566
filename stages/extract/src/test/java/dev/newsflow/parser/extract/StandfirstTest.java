package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * The standfirst under the headline goes to the description, not the body ({@link Standfirst}); the article's own
 * first paragraph (its lede) stays however it is classed, set in bold or described by the page.
 */
class StandfirstTest {

    private static final String[] BODY = {
        "The council met on Tuesday evening to discuss the budget, the new library and the state of the roads, which"
                + " residents say have not been repaired in years.",
        "Councillors agreed to spend four million pounds on the roads over two years, starting with the worst streets in"
                + " the north of the town.",
        "The library will open in the old grain silo in the spring, a year later than planned, because the lifts had to"
                + " be ordered again.",
        "Residents who spoke at the meeting asked for the bus to the new library to run on Sundays as well.",
    };
    private static final String DEK = "Four million pounds for the roads, and a library a year late: what the council"
            + " decided on Tuesday.";

    private static String paragraphs(int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < BODY.length; i++) {
            out.append("<p>").append(BODY[i]).append("</p>");
        }
        return out.toString();
    }

    /** A page whose head declares {@code description} (none when null) and whose body is {@code article}. */
    private static Article extract(PrecisionSettings settings, String description, String article) {
        String meta = description == null ? "" : "<meta property=\"og:description\" content=\"" + description + "\">";
        String html = "<html><head><title>Council approves the budget</title>" + meta + "</head><body>"
                + "<div id=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>" + article
                + "<div id=\"bottom\"><a href=\"/imprint\">Imprint</a></div></body></html>";
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, settings)
                .extract(RawPage.of("https://example.org/news/budget", "text/html", html, null, "manual"));
    }

    private static PrecisionSettings standfirst() {
        return PrecisionSettings.eachRuleAlone().get("standfirst");
    }

    @Test
    void aDekInTheHeaderOrBesideTheHeadlineGoesOutOfTheBody() {
        String[] pages = {
            // in the article's <header>, no class of its own, no description
            "<article class=\"article\"><header class=\"article-header\"><h1>Council approves the budget</h1><p>" + DEK
                    + "</p></header><section class=\"article-body\">" + paragraphs(0) + "</section></article>",
            // a sibling of the headline named as a summary
            "<div class=\"story\"><h1>Council approves the budget</h1><p class=\"article-summary\">" + DEK + "</p>"
                    + "<div class=\"story-text\">" + paragraphs(0) + "</div></div>",
            // an <h2> under the headline
            "<article class=\"article\"><header class=\"article-header\"><h1>Council approves the budget</h1><h2>" + DEK
                    + "</h2></header><section class=\"article-body\">" + paragraphs(0) + "</section></article>",
        };
        for (String page : pages) {
            assertThat(extract(PrecisionSettings.OFF, null, page).body()).as(page).contains(DEK);
            assertThat(extract(standfirst(), null, page).body()).as(page).doesNotContain(DEK).startsWith(BODY[0]);
        }
    }

    @Test
    void aDekThePageDeclaresAsItsDescriptionGoesWithoutAnyClassOrHeader() {
        String page = "<div class=\"post\"><h1>Council approves the budget</h1><p>" + DEK + "</p><div class=\"post-body\">"
                + paragraphs(0) + "</div></div>";
        assertThat(extract(standfirst(), DEK, page).body()).doesNotContain(DEK).startsWith(BODY[0]);
        // the same block, neither described nor marked as a summary, is not known to be one
        assertThat(extract(standfirst(), null, page).body()).startsWith(DEK);
    }

    @Test
    void theRemovedDekBecomesTheDescriptionUnlessThePageDeclaresOne() {
        String page = "<article class=\"article\"><header class=\"article-header\"><h1>Council approves the budget</h1>"
                + "<p class=\"standfirst\">" + DEK + "</p></header><section class=\"article-body\">" + paragraphs(0)
                + "</section></article>";
        Article undeclared = extract(standfirst(), null, page);
        assertThat(undeclared.description()).isEqualTo(DEK);
        assertThat(undeclared.provenance()).containsEntry("description", "standfirst");
        Article declared = extract(standfirst(), "The council's budget meeting, in brief.", page);
        assertThat(declared.description()).isEqualTo("The council's budget meeting, in brief.");
        assertThat(declared.body()).doesNotContain(DEK);
    }

    @Test
    void theLedeInTheBodysContainerStaysHoweverItIsSetOrDescribed() {
        String[] pages = {
            // BBC's bold introduction
            "<div class=\"story-body\"><h1>Council approves the budget</h1><div class=\"story-body__inner\">"
                    + "<p class=\"story-body__introduction\"><b>" + BODY[0] + "</b></p>" + paragraphs(1) + "</div></div>",
            // p.lead, p.intro
            "<article><h1>Council approves the budget</h1><div class=\"content\"><p class=\"lead\">" + BODY[0] + "</p>"
                    + paragraphs(1) + "</div></article>",
            "<header><h1>Council approves the budget</h1></header><div class=\"entry\"><p class=\"intro\">" + BODY[0]
                    + "</p>" + paragraphs(1) + "</div>",
            // a one-sentence first paragraph under the headline, in the same container as the rest
            "<div class=\"artikel\"><h1>Council approves the budget</h1><p>The council has approved the budget.</p>"
                    + paragraphs(0) + "</div>",
        };
        for (String page : pages) {
            String first = page.contains("The council has approved") ? "The council has approved the budget." : BODY[0];
            assertThat(extract(standfirst(), first, page).body()).as(page).startsWith(first);
            assertThat(extract(standfirst(), first.split(",")[0] + ".", page).body()).as(page).startsWith(first);
        }
    }

    @Test
    void aFirstParagraphOutsideTheRunStaysWhenItOpensWithADatelineOrTheBodyIsSplitOrSectioned() {
        String dateline = "LONDON (Reuters) - The council has approved its budget for the coming year.";
        String[] pages = {
            // a dateline: the article's own opening, though set apart in a header
            "<article class=\"article\"><header class=\"article-header\"><h1>Council approves the budget</h1><p>"
                    + dateline + "</p></header><section class=\"article-body\">" + paragraphs(0) + "</section></article>",
            // a body split by an advertisement: its first paragraph is outside the container of the rest
            "<article class=\"article\"><h1>Council approves the budget</h1><div class=\"text\"><p>" + BODY[0] + "</p>"
                    + "</div><div class=\"ad\"><img src=\"/ad.png\"></div><div class=\"text\">" + paragraphs(1)
                    + "</div></article>",
            // an article in sections: the block above the first one is its introduction
            "<article><h1>Council approves the budget</h1><p>" + DEK + "</p><section><h2>The roads</h2>"
                    + paragraphs(0) + "</section></article>",
        };
        for (String page : pages) {
            String first = page.contains(dateline) ? dateline : page.contains("class=\"ad\"") ? BODY[0] : DEK;
            assertThat(extract(PrecisionSettings.OFF, null, page).body()).as(page).startsWith(first);
            String description = first.equals(BODY[0]) ? null : first;
            assertThat(extract(standfirst(), description, page).body()).as(page).startsWith(first);
        }
    }
    @Test
    void theDescriptionIsCheckedAgainstTheDekTheRuleTookOutOfTheBody() {
        String body = String.join("\n\n", BODY);
        int words = body.split("\\s+").length;
        double againstTheBody = ExtractionConfidence.of(body, words, 0, 0, "Council approves the budget", DEK,
                "Council approves the budget");
        double againstWhatThePageShows = ExtractionConfidence.of(body, DEK + "\n\n" + body, words, 0, 0,
                "Council approves the budget", DEK, "Council approves the budget");
        assertThat(againstWhatThePageShows).isGreaterThan(againstTheBody);
        // on a page whose description repeats its dek, the confidence is what it was with the dek in the body (a body
        // long enough that the words the dek took do not change the length signal)
        String dek = "Potholes first, books later: a long night at the town hall.";
        String page = "<div class=\"post\"><h1>Council approves the budget</h1><p>" + dek + "</p><div class=\"post-body\">"
                + paragraphs(0) + paragraphs(0) + "</div></div>";
        Article without = extract(PrecisionSettings.OFF, dek, page);
        Article with = extract(standfirst(), dek, page);
        assertThat(without.body()).startsWith(dek);
        assertThat(with.body()).doesNotContain(dek);
        assertThat(with.confidence()).isEqualTo(without.confidence());
    }

    private static final String DEK_WITHOUT_STOP = "Four million pounds for the roads, and a library a year late for"
            + " the town";

    @Test
    void aDekWithoutAFullStopGoesWhenThePageDeclaresItAsItsDescription() {
        String page = "<div class=\"story\"><h1>Council approves the budget</h1><p>" + DEK_WITHOUT_STOP + "</p>"
                + "<p>By Jane Smith</p><p><em>We may earn a commission if you buy through the links in this article.</em></p>"
                + "<div class=\"story-text\">" + paragraphs(0) + "</div></div>";
        assertThat(cleaned(standfirst(), page, DEK_WITHOUT_STOP)).doesNotContain(DEK_WITHOUT_STOP).contains(BODY[0]);
        // without the description, a short line without a full stop is not known as a summary
        assertThat(cleaned(standfirst(), page, null)).contains(DEK_WITHOUT_STOP);
    }

    @Test
    void aShortLineAfterTheFirstParagraphStaysThoughTheDescriptionRepeatsIt() {
        String page = "<div class=\"story\"><h1>Council approves the budget</h1><div class=\"story-text\">"
                + paragraphs(0).replaceFirst("</p>", "</p><p>" + DEK_WITHOUT_STOP + "</p>") + "</div></div>";
        assertThat(cleaned(standfirst(), page, DEK_WITHOUT_STOP)).contains(DEK_WITHOUT_STOP);
    }

    private static final String KEY_POINTS = "<ul><li>Councillors agreed four million pounds for the roads.</li>"
            + "<li>The library opens in the spring, a year late.</li></ul>";

    /** The content's text after the standfirst rule alone has cleaned it (the box is asked of the content as found). */
    private static String cleaned(PrecisionSettings settings, String content) {
        return cleaned(settings, content, null);
    }

    /** The same, with the page's declared {@code description}. */
    private static String cleaned(PrecisionSettings settings, String content, String description) {
        org.jsoup.nodes.Element root = org.jsoup.Jsoup.parseBodyFragment(content).body().child(0);
        new JunkBlocks(settings).clean(root, description);
        return root.text();
    }

    @Test
    void aBoxOfKeyPointsAboveTheTextGoes() {
        String[] pages = {
            "<div class=\"story\"><h1>Council approves the budget</h1><div class=\"key-points\"><h2>Key points</h2>"
                    + KEY_POINTS + "</div><div class=\"story-text\">" + paragraphs(0) + "</div></div>",
            "<div class=\"story\"><h1>Council approves the budget</h1><div class=\"kurz\"><p>Das Wichtigste in Kürze</p>"
                    + KEY_POINTS + "</div><div class=\"story-text\">" + paragraphs(0) + "</div></div>",
            // its title already taken as a header line: the list alone in a named box
            "<div class=\"story\"><div class=\"key-points\">" + KEY_POINTS + "</div><div class=\"story-text\">"
                    + paragraphs(0) + "</div></div>",
        };
        for (String page : pages) {
            assertThat(cleaned(PrecisionSettings.OFF, page)).as(page).contains("a year late.");
            assertThat(cleaned(standfirst(), page)).as(page).doesNotContain("a year late.")
                    .doesNotContain("Key points").doesNotContain("Kürze").contains(BODY[0]);
        }
    }

    @Test
    void aListTheArticleOpensWithOrThatLinksStays() {
        String[] pages = {
            // among the body's paragraphs, in their container
            "<div class=\"story\"><h1>Council approves the budget</h1><div class=\"story-text\"><p>In brief</p>"
                    + KEY_POINTS + paragraphs(0) + "</div></div>",
            // a box that links to what it names is a box of other stories, not this one's summary
            "<div class=\"story\"><h1>Council approves the budget</h1><div class=\"key-points\"><h2>Key points</h2>"
                    + KEY_POINTS.replace("<li>Councillors", "<li><a href=\"/roads\">Councillors</a>")
                    + "</div><div class=\"story-text\">" + paragraphs(0) + "</div></div>",
            // a list beside the paragraphs, in no box of its own
            "<div class=\"story\"><h1>Council approves the budget</h1>" + KEY_POINTS + paragraphs(0) + "</div>",
        };
        for (String page : pages) {
            assertThat(cleaned(standfirst(), page)).as(page).contains("a year late.");
        }
    }
}
