package dev.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static Article withProvenance(Map<String, String> provenance) {
        return new Article(0, null, "https://example.com/a", null, "example.com", "Headline", null, null, null, null,
                null, "en", "Body.", null, null, null, provenance, 1, null);
    }

    @Test
    void provenanceIsInFieldOrderWhateverOrderItWasGivenIn() {
        Map<String, String> given = new HashMap<>();
        for (String field : new String[] {"publishedAt", "body", "language", "headline", "authors", "section"}) {
            given.put(field, "json-ld");
        }
        assertThat(withProvenance(given).provenance().keySet())
                .containsExactly("authors", "body", "headline", "language", "publishedAt", "section");
    }

    @Test
    void provenanceStaysImmutableAndRefusesNulls() {
        Map<String, String> given = new HashMap<>();
        given.put("body", "content-finder");
        Article article = withProvenance(given);
        given.put("headline", "og");
        assertThat(article.provenance()).containsOnlyKeys("body");
        assertThatThrownBy(() -> article.provenance().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        given.put("date", null);
        assertThatThrownBy(() -> withProvenance(given)).isInstanceOf(NullPointerException.class);
    }
}
