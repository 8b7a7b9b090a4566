package dev.newsflow.articles.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Parsing and validating what a reader asks for, without Elasticsearch. */
class SearchQueryTest {

    @Test
    void readsADateAsUtcMidnightAndAsAnUpperBoundIncludesTheWholeDay() {
        assertThat(SearchQuery.parseDate("from", "2026-11-28", false)).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(SearchQuery.parseDate("to", "2026-11-28", true)).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
    }

    @Test
    void readsInstantsAndOffsetDateTimesExactly() {
        assertThat(SearchQuery.parseDate("to", "2026-11-28T10:15:00Z", true)).isEqualTo(Instant.parse("2026-11-28T10:15:00Z"));
        assertThat(SearchQuery.parseDate("from", "2026-11-28T12:00:00+02:00", false))
                .isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(SearchQuery.parseDate("from", " ", false)).isNull();
    }

    @Test
    void rejectsAnUnreadableDateNamingTheParameter() {
        assertThatThrownBy(() -> SearchQuery.parseDate("from", "yesterday", false))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("from").hasMessageContaining("yesterday").hasMessageContaining("2026-11-28")
                .extracting(e -> ((InvalidQueryException) e).parameter()).isEqualTo("from");
        assertThatThrownBy(() -> SearchQuery.parseDate("to", "2026-13-01", true)).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> SearchQuery.builder().from(Instant.parse("2026-11-28T00:00:00Z"))
                .to(Instant.parse("2026-11-27T00:00:00Z")).build())
                .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("from:");
    }

    @Test
    void boundsPageAndSize() {
        assertThatThrownBy(() -> SearchQuery.builder().size(0).build()).hasMessageStartingWith("size:");
        assertThatThrownBy(() -> SearchQuery.builder().size(SearchQuery.MAX_SIZE + 1).build()).hasMessageStartingWith("size:");
        assertThatThrownBy(() -> SearchQuery.builder().page(0).build()).hasMessageStartingWith("page:");
        assertThatThrownBy(() -> SearchQuery.builder().page(101).size(100).build())
                .hasMessageStartingWith("page:").hasMessageContaining("10000");
        assertThat(SearchQuery.builder().page(100).size(100).build().offset()).isEqualTo(9_900);
        assertThatThrownBy(() -> SearchQuery.parseInt("size", "ten", 10)).hasMessage("size: must be a whole number, not 'ten'");
    }

    @Test
    void sortsByRelevanceOnlyWhenThereIsText() {
        assertThat(SearchQuery.builder().text("storm").build().sort()).isEqualTo(SearchQuery.Sort.RELEVANCE);
        assertThat(SearchQuery.builder().text("  ").build().sort()).isEqualTo(SearchQuery.Sort.NEWEST);
        assertThat(SearchQuery.builder().text("storm").sort(SearchQuery.Sort.NEWEST).build().sort())
                .isEqualTo(SearchQuery.Sort.NEWEST);
        assertThat(SearchQuery.Sort.parse("Newest")).isEqualTo(SearchQuery.Sort.NEWEST);
        assertThatThrownBy(() -> SearchQuery.Sort.parse("oldest")).hasMessageStartingWith("sort:");
    }

    @Test
    void dropsBlankAndDuplicateFilterValues() {
        SearchQuery q = new SearchQuery(null, Arrays.asList("Herald", " ", null, "Herald "), null, null, List.of(),
                null, List.of("EN"), null, null, 1, 10, null);

        assertThat(q.sites()).containsExactly("Herald");
        assertThat(q.sections()).isEmpty();
        assertThat(q.languages()).containsExactly("en");
        assertThat(q.narrowed()).isTrue();
        assertThat(SearchQuery.all().narrowed()).isFalse();
    }
}
