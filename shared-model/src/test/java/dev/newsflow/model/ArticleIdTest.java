package dev.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void sameArticleUnderTrivialUrlVariantsHasOneId() {
        String id = ArticleId.of("https://Example.com:443/news/1#comments");
        assertThat(ArticleId.of("https://example.com/news/1")).isEqualTo(id);
        assertThat(id).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void differentPagesHaveDifferentIds() {
        assertThat(ArticleId.of("https://example.com/news/1")).isNotEqualTo(ArticleId.of("https://example.com/news/2"));
        assertThat(ArticleId.of("https://example.com/news?id=1")).isNotEqualTo(ArticleId.of("https://example.com/news?id=2"));
    }

    @Test
    void emptyPathIsRoot() {
        assertThat(ArticleId.normalise("HTTP://Example.COM")).isEqualTo("http://example.com/");
    }
}
