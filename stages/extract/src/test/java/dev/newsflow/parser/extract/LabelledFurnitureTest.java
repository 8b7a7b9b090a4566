package dev.newsflow.parser.extract;

import static dev.newsflow.parser.extract.RuleAlone.LAST;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_END;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_START;
import static dev.newsflow.parser.extract.RuleAlone.PROSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.Image;
import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Labelled furniture and end markers as the unseen stress pages' tune half needed them: labels in other languages,
 * share and "read more" labels told apart from prose that starts with the same words, a bio told in the perfect, and
 * a credit that shares its block with the image.
 */
class LabelledFurnitureTest {

    /** The article with {@code middle} after its second paragraph and {@code tail} after its last, under one rule. */
    private static Article extract(String rule, String middle, String tail) {
        return RuleAlone.article(rule, PAGE_START + PROSE.repeat(2) + middle + PROSE.repeat(2) + LAST + tail
                + PAGE_END);
    }

    private static String furnitureBody(String middle) {
        return extract("labelled-furniture", middle, "").body();
    }

    @Test
    void aReadAlsoLineInAnotherLanguageThatLinksElsewhereGoes() {
        for (String line : new String[] {"<p><strong>Lees ook:</strong> <a href=\"/p\">Parkeren wordt duurder</a></p>",
                "<p>Lesen Sie auch: <a href=\"/b\">Was die Opposition jetzt fordert</a></p>",
                "<p>À lire aussi : <a href=\"/c\">Le budget voté</a></p>", "<p>Leggi anche: <a href=\"/d\">Il bilancio</a></p>"}) {
            assertThat(furnitureBody(line)).as(line).doesNotContain("ook", "auch", "aussi", "anche");
        }
    }

    @Test
    void anAdSlotsLabelGoesButAHeadingOfTheWordStays() {
        for (String label : new String[] {"<div class=\"ad\"><span>Anzeige</span></div>", "<p>REKLAMA</p>",
                "<div><small>Pubblicità</small></div>", "<p>PUBLICIDAD</p>"}) {
            assertThat(furnitureBody(label)).as(label).doesNotContain("Anzeige", "REKLAMA", "Pubblicità", "PUBLICIDAD");
        }
        // a section's heading of that one word is the article's
        assertThat(furnitureBody("<h3>Reklama</h3>")).contains("Reklama");
    }

    @Test
    void aReadMoreLabelAloneGoesButProseThatStartsWithItStays() {
        assertThat(furnitureBody("<h3>Read more:</h3>")).doesNotContain("Read more");
        assertThat(furnitureBody("<p>Read more, scroll less.</p>")).contains("Read more, scroll less.");
        assertThat(furnitureBody("<ul><li>Know where your gas tap is</li><li>Read more about insurance before you need it</li>"
                + "<li>Check on elderly neighbours</li></ul>")).contains("Read more about insurance before you need it");
    }

    @Test
    void aShareLabelGoesButAnInvitationToShareStays() {
        for (String bar : new String[] {"<p>Share</p>", "<p>Share on Facebook</p>", "<p>Share this article: Facebook, X</p>",
                "<p>Share: <a href=\"#\">Facebook</a> <a href=\"#\">WhatsApp</a></p>", "<p>Artikel teilen: Facebook E-Mail</p>",
                "<p>Deel dit artikel</p>", "<p>Partager sur Facebook</p>"}) {
            assertThat(furnitureBody(bar)).as(bar).doesNotContainIgnoringCase("facebook").doesNotContain("Share", "teilen", "Deel");
        }
        assertThat(furnitureBody("<p>Share your photos with us. We'll post the best ones here later.</p>"))
                .contains("Share your photos with us.");
        assertThat(furnitureBody("<p>Share prices fell.</p>")).contains("Share prices fell.");
    }

    @Test
    void aPhotoCreditInAnotherLanguageGoes() {
        for (String credit : new String[] {"<p>Foto: Patrick Seeger/dpa</p>", "<p>Bild: Keystone</p>",
                "<p>Crédit photo : Jean Dupont</p>", "<p>Credito fotografico: Archivio provinciale</p>"}) {
            assertThat(furnitureBody(credit)).as(credit).doesNotContain("Seeger", "Keystone", "Dupont", "Archivio");
        }
    }

    @Test
    void aCreditInTheImagesOwnBlockLeavesTheImageInTheArticle() {
        Article article = extract("labelled-furniture",
                "<div><img src=\"https://example.org/bridge.jpg\" alt=\"\"> Photo: Jane Roe</div>", "");
        assertThat(article.images()).extracting(Image::url).contains("https://example.org/bridge.jpg");
    }

    @Test
    void aBioThatTellsACareerSinceAYearEndsTheArticle() {
        String bio = "<h3>About the author</h3><p>Dan Brooks has covered local government in Riverside since 2011."
                + " Before that he worked for the BBC in Leeds.</p>";
        assertThat(extract("end-markers", "", bio).body()).doesNotContain("Dan Brooks");
        // the same words in the article's own prose, not at its end, stay
        String quoted = "<p>Dan Brooks has covered local government since 2011, and says this budget is the tightest he has seen.</p>";
        assertThat(extract("end-markers", quoted, "").body()).contains("Dan Brooks has covered");
    }

    private static String withFirstLine(String first) {
        String html = "<html><head><title>Council approves the budget</title></head><body><article>" + first
                + PROSE.repeat(4) + LAST + "</article></body></html>";
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.eachRuleAlone().get("labelled-furniture"))
                .extract(RawPage.of("https://example.org/news/budget", "text/html", html, null, "manual")).body();
    }

    @Test
    void aBylineSetAsTheFirstLineGoes() {
        for (String byline : new String[] {"<p>Door Sanne Smit</p>", "<div>By Sarah Lane, Education Editor</div>",
                "<p>Von Julia Weber und Tom Berg</p>", "<p>di Giulia Conti</p>", "<p>Por Lucía Martín</p>"}) {
            assertThat(withFirstLine(byline)).as(byline).startsWith("The council met on Tuesday");
        }
    }

    @Test
    void aFirstLineThatOnlyStartsLikeABylineStays() {
        assertThat(withFirstLine("<p>By now the council has spent its reserve.</p>")).startsWith("By now the council");
        assertThat(withFirstLine("<h2>By The Numbers: what the budget buys.</h2>")).startsWith("By The Numbers");
        // after the first paragraph, a byline-shaped line under a heading or a short line is the article's (a review's
        // book, a poem's author); right after a paragraph of prose it is a byline set in the body (InlineFurnitureTest)
        assertThat(furnitureBody("<h3>Pride and Prejudice</h3><p>By Jane Austen</p>")).contains("By Jane Austen");
        assertThat(furnitureBody("<p><em>The Road Not Taken</em></p><p>Door Robert Frost</p>")).contains("Door Robert Frost");
    }

    @Test
    void aRepublicationNoteEndsTheArticle() {
        String note = "<p><em>This article is republished from <a href=\"https://theconversation.example\">The Conversation</a>"
                + " under a Creative Commons license. <a href=\"/original\">Read the original article</a>.</em></p>";
        assertThat(extract("end-markers", "", note).body()).endsWith("the council said.");
        assertThat(extract("end-markers", "", "<p>This story was originally published by ProPublica.</p>").body())
                .endsWith("the council said.");
    }

    private static final String HEADLINES = "<ul><li><a href=\"/news/council-tax-rise-29377610\">Council tax rise confirmed as"
            + " budget is approved</a></li><li><a href=\"/news/road-closure-29379021\">Fernhill road to close for six weeks"
            + "</a></li></ul>";

    @Test
    void aReadMoreLabelTakesTheListOfHeadlinesInItsBox() {
        for (String box : new String[] {"<div class=\"links\"><p><strong>Read More</strong></p>" + HEADLINES + "</div>",
                "<div><h3>Lesen Sie auch</h3>" + HEADLINES + "</div>"}) {
            assertThat(furnitureBody(box)).as(box).doesNotContain("Council tax rise", "Fernhill road", "Read More",
                    "Lesen Sie auch").contains("Residents will be asked");
        }
    }

    @Test
    void aListUnderTheLabelAmongTheArticlesSectionsOrWithProseStays() {
        // a "See also" heading among the article's own sections, not a box of its own
        assertThat(furnitureBody("<h2>See also</h2>" + HEADLINES)).contains("Council tax rise", "Fernhill road");
        // an item that is more than its link
        String withProse = "<div><p><strong>Read More</strong></p><ul><li><a href=\"/news/b-29379021\">Fernhill road to"
                + " close for six weeks</a></li><li><a href=\"/news/a-29377610\">Council tax rise confirmed as budget is"
                + " approved</a> on Tuesday by a vote of 31 to 20</li></ul></div>";
        assertThat(furnitureBody(withProse)).contains("by a vote of 31 to 20");
    }
}
