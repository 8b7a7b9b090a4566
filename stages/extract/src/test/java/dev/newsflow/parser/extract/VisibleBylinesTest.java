package dev.newsflow.parser.extract;

import static dev.newsflow.parser.extract.RuleAlone.LAST;
import static dev.newsflow.parser.extract.RuleAlone.PROSE;
import static dev.newsflow.parser.extract.StoryPage.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import org.junit.jupiter.api.Test;

/** The byline a page shows, where no metadata names the author: found by its class in the page's language. */
class VisibleBylinesTest {

    private static Article extract(String header) {
        return StoryPage.extract("<article><h1>Budget</h1>" + header + PROSE.repeat(3) + LAST + "</article>");
    }

    @Test
    void aBylineClassedInThePagesLanguageNamesTheAuthor() {
        assertThat(metadata("<div class=\"autor\">Von Markus Pohl</div>").authors).containsExactly("Markus Pohl");
        assertThat(metadata("<p class=\"firma\">di Luca Ferri</p>").authors).containsExactly("Luca Ferri");
        assertThat(metadata("<p class=\"autor-zeile\">Por Ana Beltrán</p>").authors).containsExactly("Ana Beltrán");
        assertThat(metadata("<div class=\"auteur\">Par Julien Marchand</div>").authors).containsExactly("Julien Marchand");
    }

    @Test
    void aWordThatMerelyHoldsThoseLettersNamesNoAuthor() {
        assertThat(metadata("<div class=\"confirmation\">Jane Doe</div>").authors).isEmpty();
        assertThat(metadata("<div class=\"autoresize\">Jane Doe</div>").authors).isEmpty();
    }

    @Test
    void aDatelineNamesTheAuthorOnlyWhenItOpensAsAByline() {
        for (String dateline : new String[] {"Madrid, 12 de mayo", "Actualizado 23:15", "Publié le 25 août 2026",
                "Stand: 14.07.2026, 09:12 Uhr"}) {
            assertThat(extract("<p class=\"dateline\">" + dateline + "</p>").authors()).as(dateline).isEmpty();
        }
        assertThat(extract("<p class=\"dateline\">By Sarah Lane, Education Editor</p>").authors())
                .containsExactly("Sarah Lane");
    }
}
