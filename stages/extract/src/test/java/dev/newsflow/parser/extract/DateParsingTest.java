package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one date-from-URL rule, for HTML and text pages alike. */
class DateParsingTest {

    private static final Instant DAY = Instant.parse("2015-03-18T00:00:00Z");

    @Test
    void readsTheDayInAUrlPathWithSlashesOrHyphensPaddedOrNot() {
        assertThat(DateParsing.dayInUrl("https://example.com/world/2015/03/18/story.html")).isEqualTo(DAY);
        assertThat(DateParsing.dayInUrl("https://example.com/2015/3/18/story")).isEqualTo(DAY);
        assertThat(DateParsing.dayInUrl("https://example.com/news/2015-03-18-storm-hits")).isEqualTo(DAY);
        assertThat(DateParsing.dayInUrl("https://example.com/archive/2015/03/18")).isEqualTo(DAY);
    }

    @Test
    void findsNoDayWhereThereIsNoRealOrPastOne() {
        assertThat(DateParsing.dayInUrl("https://example.com/2015/02/30/story")).isNull();
        assertThat(DateParsing.dayInUrl("https://example.com/news/20150318")).isNull();
        assertThat(DateParsing.dayInUrl("https://example.com/2015/03/187/")).isNull();
        String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString().replace('-', '/');
        assertThat(DateParsing.dayInUrl("https://example.com/events/" + nextYear + "/concert")).isNull();
        assertThat(DateParsing.dayInUrl(null)).isNull();
    }

    @Test
    void datesATextPageByTheDayInItsUrlSayingSo() {
        Article a = new ArticleExtractor().extract(RawPage.of("https://example.com/news/2015-03-18-storm",
                "text/plain; charset=utf-8", "Storm hits the coast\n\nThe storm reached the coast overnight, and the "
                        + "town woke to flooded streets, fallen trees and no power in most homes.\n", null, "manual"));
        assertThat(a.publishedAt()).isEqualTo(DAY);
        assertThat(a.provenance()).containsEntry("publishedAt", "url");
    }
}
