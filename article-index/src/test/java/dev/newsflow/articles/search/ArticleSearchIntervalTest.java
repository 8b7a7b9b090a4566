package dev.newsflow.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The histogram's bar width for a span of publication times. */
class ArticleSearchIntervalTest {

    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void usesHoursWithinTwoDays() {
        assertThat(ArticleSearch.Interval.spanning(T, T)).isEqualTo(ArticleSearch.Interval.HOUR);
        assertThat(ArticleSearch.Interval.spanning(T, T.plus(Duration.ofHours(59)))).isEqualTo(ArticleSearch.Interval.HOUR);
    }

    @Test
    void widensTheBarsAsTheSpanGrows() {
        assertThat(ArticleSearch.Interval.spanning(T, T.plus(Duration.ofDays(5)))).isEqualTo(ArticleSearch.Interval.DAY);
        assertThat(ArticleSearch.Interval.spanning(T, T.plus(Duration.ofDays(90)))).isEqualTo(ArticleSearch.Interval.WEEK);
        assertThat(ArticleSearch.Interval.spanning(T, T.plus(Duration.ofDays(3 * 365)))).isEqualTo(ArticleSearch.Interval.MONTH);
        assertThat(ArticleSearch.Interval.spanning(T, T.plus(Duration.ofDays(40 * 365)))).isEqualTo(ArticleSearch.Interval.YEAR);
        assertThat(ArticleSearch.Interval.spanning(T, T.plus(Duration.ofDays(40 * 365))).label()).isEqualTo("1y");
    }
}
