package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.Image;
import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

/** Captions and credits set as text beside an image go to the image, out of the body; paragraphs after images stay. */
class ImageCaptionsTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to discuss the budget, the new library and"
            + " the state of the roads, which residents say have not been repaired in years.</p>";

    private static Article extract(String inner, PrecisionSettings settings) {
        String html = "<html><head><title>Council approves the budget</title></head><body><article>" + PROSE.repeat(3)
                + inner + PROSE.repeat(2) + "</article></body></html>";
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, settings)
                .extract(RawPage.of("https://example.org/news/budget", "text/html", html, null, "manual"));
    }

    private static PrecisionSettings captionsOnly() {
        return PrecisionSettings.eachRuleAlone().get("image-captions");
    }

    @Test
    void aStyledLineAfterAnImageIsItsCaption() {
        String inner = "<p><img src=\"/hall.jpg\"></p><p><em>The town hall at dusk. Photo: Ana Ruiz</em></p>";
        assertThat(extract(inner, PrecisionSettings.OFF).body()).contains("The town hall at dusk");
        Article a = extract(inner, captionsOnly());
        assertThat(a.body()).doesNotContain("town hall at dusk");
        assertThat(a.images()).extracting(Image::caption).containsExactly("The town hall at dusk. Photo: Ana Ruiz");
    }

    @Test
    void anImageWithOneElementOfTextBesideItIsAFigure() {
        Article a = extract("<div><img src=\"/hall.jpg\"><span>© Ana Ruiz</span></div>", captionsOnly());
        assertThat(a.body()).doesNotContain("Ana Ruiz");
        assertThat(a.images()).extracting(Image::caption).containsExactly("© Ana Ruiz");
    }

    @Test
    void aPlainParagraphAfterAnImageStaysInTheBody() {
        String inner = "<p><img src=\"/hall.jpg\"></p><p>Residents asked the council to act before winter.</p>";
        Article a = extract(inner, captionsOnly());
        assertThat(a.body()).contains("Residents asked the council to act before winter.");
        assertThat(a.images()).extracting(Image::caption).containsOnlyNulls();
    }

    @Test
    void aPageToldInCaptionsKeepsThem() {
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            story.append("<p><img src=\"/p").append(i).append(".jpg\"></p><p><span>Day ").append(i)
                    .append(": we walked along the ridge and camped by the lake under the maples</span></p>");
        }
        String html = "<html><head><title>Camping in the maples</title></head><body><article>" + story
                + "</article></body></html>";
        Article a = new ArticleExtractor(ExtractionLimits.DEFAULTS, captionsOnly())
                .extract(RawPage.of("https://example.org/blog/maples", "text/html", html, null, "manual"));
        assertThat(a.body()).contains("Day 0: we walked", "Day 11: we walked");
    }
}
