package dev.newsflow.articles;

import static dev.newsflow.articles.ElasticsearchTestSupport.uniqueAlias;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.stack.junit.TestStack;
import dev.newsflow.model.Events;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.ObjectNode;

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
    void anIndexCreatedByAnOlderBuildGainsTheNewFieldsOnStart() throws IOException {
        String alias = uniqueAlias("idx");
        String concrete = alias + "-v1";
        // what an older build left: the write index from the template of its day, without the fields added since
        ArticleIndex index = new ArticleIndex(es.client(), alias);
        createAsAnOlderBuildDid(index, alias, concrete, template -> ((ObjectNode) template.path("mappings")
                .path("properties")).remove(List.of(ArticleFields.CONFIDENCE, ArticleFields.ENTITY_IDS)));
        assertThat(es.client().indices().getMapping(m -> m.index(concrete)).get(concrete).mappings().properties())
                .doesNotContainKeys(ArticleFields.CONFIDENCE, ArticleFields.ENTITY_IDS);

        assertThat(index.ensure()).isEqualTo(concrete);

        var mapping = es.client().indices().getMapping(m -> m.index(concrete)).get(concrete).mappings();
        assertThat(mapping.properties()).containsKeys(ArticleFields.CONFIDENCE, ArticleFields.ENTITY_IDS,
                ArticleFields.PUBLISHED_AT);
    }

    @Test
    void anIndexAnOlderBuildGaveAFixedRefreshIntervalGetsTheDefaultOnStart() throws IOException {
        String alias = uniqueAlias("idx");
        String concrete = alias + "-v1";
        // what an older build's template left: refresh every second, searched or not
        ArticleIndex index = new ArticleIndex(es.client(), alias);
        createAsAnOlderBuildDid(index, alias, concrete,
                template -> ((ObjectNode) template.path("settings").path("index")).put("refresh_interval", "1s"));
        assertThat(refreshInterval(concrete)).isEqualTo("1s");

        assertThat(index.ensure()).isEqualTo(concrete);

        assertThat(refreshInterval(concrete)).as("unset: Elasticsearch's default, search-idle shards skip it").isNull();
    }

    @Test
    void aRefreshIntervalAnOperatorSetIsKeptOnStart() throws IOException {
        String alias = uniqueAlias("idx");
        ArticleIndex index = new ArticleIndex(es.client(), alias);
        String concrete = index.ensure();
        es.client().indices().putSettings(p -> p.index(concrete).settings(st -> st.refreshInterval(t -> t.time("30s"))));

        assertThat(index.ensure()).isEqualTo(concrete);

        assertThat(refreshInterval(concrete)).isEqualTo("30s");
    }

    @Test
    void aNewIndexLeavesTheRefreshIntervalToElasticsearch() throws IOException {
        String concrete = new ArticleIndex(es.client(), uniqueAlias("idx")).ensure();

        assertThat(refreshInterval(concrete)).isNull();
    }

    /**
     * Creates {@code concrete} as the write index of {@code alias} from today's template as {@code olderBuild} changes
     * it: what a build of an earlier day left behind.
     */
    private static void createAsAnOlderBuildDid(ArticleIndex index, String alias, String concrete,
                                                Consumer<ObjectNode> olderBuild) throws IOException {
        ObjectNode template = (ObjectNode) Events.mapper().readTree(index.templateJson()).path("template");
        olderBuild.accept(template);
        template.putObject("aliases").putObject(alias).put("is_write_index", true);
        es.client().indices().create(c -> c.index(concrete).withJson(new StringReader(template.toString())));
    }

    private static String refreshInterval(String concrete) throws IOException {
        var settings = es.client().indices().getSettings(g -> g.index(concrete)).get(concrete).settings();
        var interval = settings.index() == null ? settings.refreshInterval() : settings.index().refreshInterval();
        return interval == null ? null : interval.time();
    }

    @Test
    void refusesAnAliasElasticsearchCouldNotName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleIndex(es.client(), "Articles!"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
