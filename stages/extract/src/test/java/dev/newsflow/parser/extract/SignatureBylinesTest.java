package dev.newsflow.parser.extract;

import static dev.newsflow.parser.extract.StoryPage.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * French sites set the writer's line in a "signature" block; the same word also names e-mail and letter sign-offs and a
 * newsroom's place and agency line, which name no author.
 */
class SignatureBylinesTest {

    /** A page set as Le Monde sets its articles: no author in its metadata, the writer in a "signature" span. */
    private static final String LE_MONDE_LIKE = """
            <!doctype html>
            <html lang="fr"><head>
            <meta charset="utf-8">
            <title>La loi sur le renseignement adoptée à l'Assemblée</title>
            <meta property="og:site_name" content="Le Monde.fr">
            <meta property="og:title" content="La loi sur le renseignement adoptée à l'Assemblée">
            </head><body>
            <header class="header"><a href="/" class="logo">Le Monde</a><nav><a href="/politique/">Politique</a></nav></header>
            <main><article class="article article--content">
            <h1 class="article__title">La loi sur le renseignement adoptée à l'Assemblée</h1>
            <p class="article__desc">Le texte a été voté par 438 députés ; il doit encore passer au Sénat.</p>
            <section class="meta meta__publisher">
              <span class="meta__date">Publié le 05 mai 2015 à 20h13</span>
              <span class="signature">Par Martin Untersinger</span>
            </section>
            <section class="article__content">
            <p class="article__paragraph">Les députés ont adopté mardi, à une large majorité, le projet de loi sur le
            renseignement, qui donne aux services de nouveaux moyens de surveillance sur Internet et au téléphone.</p>
            <p class="article__paragraph">Le texte, défendu par le premier ministre, a été voté par 438 députés contre 86.
            Les opposants, de gauche comme de droite, dénoncent une surveillance de masse que le gouvernement récuse.</p>
            <p class="article__paragraph">Il doit désormais être examiné par le Sénat, avant une saisine annoncée du
            Conseil constitutionnel par le président de la République lui-même, une première sous la Ve République.</p>
            </section>
            </article></main>
            <footer class="footer"><p>Le Monde.fr - Tous droits réservés</p></footer>
            </body></html>
            """;

    @Test
    void aSignatureBlockOnAFrenchPageNamesTheWriter() {
        Article a = new ArticleExtractor().extract(RawPage.of("https://www.lemonde.fr/pixels/article/2015/05/05/loi.html",
                "text/html", LE_MONDE_LIKE, null, "manual"));
        assertThat(a.authors()).containsExactly("Martin Untersinger");
    }

    @Test
    void signatureAsAWordOfItsOwnInAnyClassNamesTheWriter() {
        assertThat(metadata("<p class=\"bloc_signature\">Par Claire Dubois</p>").authors).containsExactly("Claire Dubois");
        assertThat(metadata("<div class=\"c-signature\">Por Ana Beltrán</div>").authors).containsExactly("Ana Beltrán");
        assertThat(metadata("<div class=\"signatures-count\">Jane Doe</div>").authors).isEmpty();
    }

    @Test
    void aPhotographerCreditedInTheSignatureIsNotAnAuthor() {
        assertThat(metadata("<p class=\"gf-signature\">Par Claire Vidal – Photographies de Paul Mercier</p>").authors)
                .containsExactly("Claire Vidal");
        assertThat(Bylines.split("Por Ana Ruiz, fotos de Juan Pérez")).containsExactly("Ana Ruiz");
        assertThat(Bylines.split("Von Markus Pohl, Fotos von Lena Kraus")).containsExactly("Markus Pohl");
    }

    @Test
    void anEmailOrLettersSignOffNamesNoAuthor() {
        assertThat(metadata("<div class=\"signature\">Jane Doe<br>Press office<br>City of Lyon</div>").authors).isEmpty();
        assertThat(metadata("<div class=\"signature\">Jane Doe – jane.doe@example.org</div>").authors).isEmpty();
        assertThat(metadata("<div class=\"signature\">Jean Martin, tél. 04 72 10 30 30</div>").authors).isEmpty();
        assertThat(metadata("<div class=\"signature\">Jean Martin – www.example.fr</div>").authors).isEmpty();
    }

    @Test
    void aNewsroomsSignatureNamesNoAuthor() {
        assertThat(metadata("<div class=\"c-signature c-signature--left\"><strong class=\"c-signature__location\">São Paulo"
                + "</strong></div>").authors).isEmpty();
        assertThat(metadata("<div class=\"c-signature\"><strong class=\"c-signature__agency\">Folha Press</strong></div>")
                .authors).isEmpty();
        assertThat(metadata("<p class=\"signature\">La rédaction</p>").authors).isEmpty();
    }

    @Test
    void aNewsroomSignatureBeforeTheWritersLeavesTheWriter() {
        Article a = new ArticleExtractor().extract(RawPage.of("https://www.lemonde.fr/pixels/article/2015/05/05/loi.html",
                "text/html", LE_MONDE_LIKE.replace("<span class=\"meta__date\">",
                        "<span class=\"c-signature\"><b class=\"c-signature__location\">Paris</b></span><span class=\"meta__date\">"),
                null, "manual"));
        assertThat(a.authors()).containsExactly("Martin Untersinger");
    }
}
