package dev.newsflow.articles;

import static dev.newsflow.articles.ElasticsearchTestSupport.uniqueAlias;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.stack.junit.TestStack;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The template, the versioned index and the alias, against a real node. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ArticleIndexTest {

    private static ElasticsearchConnection es;

    @BeforeAll
    static void connect() {
        es = ElasticsearchConnection.to(TestStack.elasticsearchUrl());
    }

    @AfterAll
    static void close() {
        es.close();
    }

    @Test
    void createsVersionOneBehindTheAliasOnceAndReusesItAfterwards() throws IOException {
        String alias = uniqueAlias("idx");
        ArticleIndex index = new ArticleIndex(es.client(), alias);

        assertThat(index.ensure()).isEqualTo(alias + "-v1");
        assertThat(index.ensure()).isEqualTo(alias + "-v1");
        assertThat(new ArticleIndex(es.client(), alias).ensure()).isEqualTo(alias + "-v1");

        assertThat(index.indices()).containsExactly(alias + "-v1");
    }

    @Test
    void theVersionedIndexGetsTheTemplatesMappingAndAnalyzer() throws IOException {
        String alias = uniqueAlias("idx");
        String concrete = new ArticleIndex(es.client(), alias).ensure();

        var mapping = es.client().indices().getMapping(m -> m.index(concrete)).get(concrete).mappings();
        assertThat(mapping.dynamic().jsonValue()).isEqualTo("strict");
        assertThat(mapping.properties().get(ArticleFields.HEADLINE).text().analyzer()).isEqualTo("article_text");
        assertThat(mapping.properties().get(ArticleFields.PEOPLE).isKeyword()).isTrue();
        assertThat(mapping.properties().get(ArticleFields.ENTITIES).isNested()).isTrue();
        assertThat(mapping.properties().get(ArticleFields.PUBLISHED_AT).isDate()).isTrue();

        var tokens = es.client().indices().analyze(a -> a.index(concrete).analyzer("article_text")
                .text("The Kremlin and the White House")).tokens();
        assertThat(tokens).extracting(t -> t.token()).containsExactly("kremlin", "white", "house");
    }

    @Test
    void refusesAnAliasElasticsearchCouldNotName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleIndex(es.client(), "Articles!"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
