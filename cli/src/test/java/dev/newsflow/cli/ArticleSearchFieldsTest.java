package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Events;
import org.junit.jupiter.api.Test;

class ArticleSearchFieldsTest {

    @Test
    void aggregatesEntityNamesInsideANestedListWhenThereAreNoTypedFields() {
        ArticleSearch.Fields fields = ArticleSearch.Fields.from(Events.mapper().readTree("""
                {"articles-v1": {"mappings": {"properties": {
                  "article": {"properties": {"headline": {"type": "text"}, "body": {"type": "text"},
                                             "url": {"type": "keyword"}}},
                  "entities": {"type": "nested", "properties": {
                    "name": {"type": "text", "fields": {"keyword": {"type": "keyword"}}},
                    "type": {"type": "keyword"}, "mentions": {"type": "integer"}}}}}}}
                """));

        assertThat(fields.headline()).isEqualTo("article.headline");
        assertThat(fields.url()).isEqualTo("article.url");
        assertThat(fields.queryFields()).containsExactly("article.headline^3", "article.body");
        assertThat(fields.nestedQueryFields()).containsOnlyKeys("entities");
        assertThat(fields.nestedQueryFields().get("entities")).containsExactly("entities.name");
        assertThat(fields.entityTermFields()).containsExactly(
                new ArticleSearch.TermField("entities.name.keyword", "entities", "name"));
    }

    @Test
    void prefersEntityNamesByTypeAtTheTopLevel() {
        ArticleSearch.Fields fields = ArticleSearch.Fields.from(Events.mapper().readTree("""
                {"articles-v1": {"mappings": {"properties": {
                  "headline": {"type": "text", "fields": {"raw": {"type": "keyword"}}}, "body": {"type": "text"},
                  "canonicalUrl": {"type": "keyword"}, "url": {"type": "keyword"}, "publishedAt": {"type": "date"},
                  "people": {"type": "keyword", "fields": {"text": {"type": "text"}}},
                  "organizations": {"type": "keyword", "fields": {"text": {"type": "text"}}},
                  "entities": {"type": "nested", "properties": {"name": {"type": "keyword"}}}}}}}
                """));

        assertThat(fields.url()).isEqualTo("canonicalUrl");
        assertThat(fields.published()).isEqualTo("publishedAt");
        assertThat(fields.queryFields()).contains("headline^3", "body", "people.text", "organizations.text");
        assertThat(fields.nestedQueryFields()).isEmpty();
        assertThat(fields.entityTermFields()).extracting(ArticleSearch.TermField::label)
                .containsExactly("people", "organizations");
    }
}
