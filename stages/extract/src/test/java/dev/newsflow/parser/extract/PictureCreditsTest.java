package dev.newsflow.parser.extract;

import static dev.newsflow.parser.extract.RuleAlone.LAST;
import static dev.newsflow.parser.extract.RuleAlone.PROSE;
import static dev.newsflow.parser.extract.StoryPage.extract;
import static dev.newsflow.parser.extract.StoryPage.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import org.junit.jupiter.api.Test;

/** A picture's credit is not the article's byline, wherever the page puts it; the next candidate wins. */
class PictureCreditsTest {

    @Test
    void aCreditInABylineClassedElementIsPassedOverForTheNextByline() {
        for (String credit : new String[] {"Foto: Jonas Ekström", "Photo: Jane Roe", "Bild: Karl Berg",
                "Kuva: Matti Virtanen", "Billede: Mette Holm", "Credit: Sam Lee", "Image: Tom Park",
                "Video: Ana Ruiz", "Getty Images", "AFP / Getty Images", "Fotos: Ricardo Lopes"}) {
            ArticleDraft d = metadata("<div class=\"image-box\"><img src=\"/a.jpg\"><div class=\"image-box__byline\">"
                    + credit + "</div></div><div class=\"byline\">Karin Lund</div>");
            assertThat(d.authors).as(credit).containsExactly("Karin Lund");
        }
    }

    @Test
    void aBylineClassedElementInAFigureIsNotTheArticlesByline() {
        ArticleDraft d = metadata("<figure><img src=\"/a.jpg\"><figcaption>The harbour at dawn"
                + " <span class=\"byline\">Jonas Ekström</span></figcaption></figure>"
                + "<p class=\"author\">By Sara Lindqvist</p>");
        assertThat(d.authors).containsExactly("Sara Lindqvist");
    }

    @Test
    void aCreditAloneLeavesThePageWithoutAnAuthor() {
        Article a = extract("<article><h1>Budget</h1><div class=\"image-box\"><img src=\"/a.jpg\"><div"
                + " class=\"image-box__byline\">Foto: Jonas Ekström</div></div>" + PROSE.repeat(3) + LAST + "</article>");
        assertThat(a.authors()).isEmpty();
        assertThat(a.body()).doesNotContain("Jonas Ekström").contains("Residents will be asked");
    }

    @Test
    void aWritersBylineThatNamesAnAgencyOrAPhotographerAfterHerStays() {
        assertThat(Bylines.split("Jane Doe/AFP")).containsExactly("Jane Doe");
        assertThat(Bylines.split("By Jane Doe, photos by John Roe")).containsExactly("Jane Doe");
        assertThat(Bylines.split("Fotograf Jonas Berg")).isNotEmpty(); // no credit's label: a name with a role word
    }

    @Test
    void creditLinesInTheBodyInTheLanguagesRead() {
        for (String line : new String[] {"Foto: Patrick Seeger/dpa", "Kuva: Lehtikuva", "Billede: Ritzau Scanpix",
                "(Photo: J. Smith/AFP)", "Jane Doe/Getty Images", "Crédit photo : AFP"}) {
            assertThat(PictureCredits.isCreditLine(line)).as(line).isTrue();
        }
        assertThat(PictureCredits.isCreditLine("The photo shows the harbour at dawn.")).isFalse();
    }

    @Test
    void aCreditWordOrAgencyKnownToOneRuleIsKnownToTheOthers() {
        // "Kuva" and "Billede" were known to the body's credit lines only, "Fotografie" to captions only, NTB to bylines only
        assertThat(PictureCredits.endsInCredit("Helsinki harbour at dawn. Kuva: Matti Virtanen")).isTrue();
        assertThat(PictureCredits.endsInCredit("Havnen i morges. Billede: Mette Holm")).isTrue();
        assertThat(PictureCredits.endsInCredit("Oslo sentrum. Ola Nordmann/NTB")).isTrue();
        assertThat(PictureCredits.isCreditLine("Ola Nordmann/NTB")).isTrue();
        assertThat(PictureCredits.isCredit("Fotografie: Jan Novák")).isTrue();
    }

    @Test
    void aCaptionThatOnlyTalksAboutAPhotoHasNoCredit() {
        assertThat(PictureCredits.endsInCredit("The photo shows the harbour at dawn.")).isFalse();
        assertThat(PictureCredits.endsInCredit("Visitors queue for the exhibition of press photos")).isFalse();
    }
}
