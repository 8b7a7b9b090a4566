package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A body far longer than any article (a page at the parser's 10 MiB limit): read in part, passed on whole. */
class LongBodyTest {

    private static Article article(String body) {
        return new Article(0, null, "https://example.org/archive/all.html", null, "Example", "The whole archive", null,
                null, null, null, List.of(), "en", body, null, null, null, Map.of(), 0, null);
    }

    /** Paragraphs of ~100 characters naming a town each, then {@code tail} at the very end. */
    private static String longBody(int chars, String tail) {
        StringBuilder body = new StringBuilder();
        String[] towns = {"Portsmouth", "Leeds", "Bristol", "Carlisle"};
        for (int i = 0; body.length() < chars; i++) {
            body.append("The council in ").append(towns[i % towns.length])
                    .append(" met again on Tuesday and decided nothing about the harbour.\n\n");
        }
        return body.append(tail).toString();
    }

    @Test
    void readsEntitiesFromTheBodysFirstPartAndKeepsTheWholeBody() {
        String body = longBody(3 * ArticleEnricher.TAGGED_BODY_CHARS, "Chancellor Angela Merkel visited Hamburg.");
        EnrichedArticle enriched = new ArticleEnricher().enrich(article(body));

        assertThat(enriched.article().body()).isEqualTo(body);
        List<String> names = enriched.entities().stream().map(Entity::name).toList();
        assertThat(names).contains("Portsmouth", "Leeds").doesNotContain("Angela Merkel", "Hamburg");
        // counted in the part read only: a third of the body's Portsmouths
        int inFirstPart = occurrences(body.substring(0, ArticleEnricher.TAGGED_BODY_CHARS), "Portsmouth");
        assertThat(enriched.entities()).filteredOn(e -> e.name().equals("Portsmouth")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).isBetween(inFirstPart - 1, inFirstPart));
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void cutsAtABlankNotInsideAWord() {
        String body = longBody(ArticleEnricher.TAGGED_BODY_CHARS + 10_000, "");
        String tagged = ArticleEnricher.taggedPart(article(body)).body();
        assertThat(tagged.length()).isLessThanOrEqualTo(ArticleEnricher.TAGGED_BODY_CHARS)
                .isGreaterThan(ArticleEnricher.TAGGED_BODY_CHARS - 100);
        assertThat(Character.isWhitespace(body.charAt(tagged.length()))).as("cut at a blank").isTrue();
    }

    @Test
    void leavesAnArticleOfUsualLengthWhole() {
        Article usual = article(longBody(20_000, "Chancellor Angela Merkel visited Hamburg."));
        assertThat(ArticleEnricher.taggedPart(usual)).isSameAs(usual);
        assertThat(new ArticleEnricher().enrich(usual).entities()).extracting(Entity::name).contains("Angela Merkel");
    }
}
