package dev.newsflow.fetcher.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.fetcher.crawl.FetchResponse;
import dev.newsflow.fetcher.crawl.LedgerEntry;
import dev.newsflow.fetcher.crawl.UrlState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the ledger must do on every database it runs on; subclasses pick H2 or PostgreSQL. */
abstract class LedgerContract {

    @Inject
    JdbcCrawlLedger ledger;

    @Inject
    UrlLedgerRepository repository;

    // Databases keep microseconds; the JVM clock has nanoseconds.
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static String url() {
        return "https://news.example/" + UUID.randomUUID();
    }

    @Test
    void keepsEveryFieldOfAPublishedRow() {
        String url = url();
        FetchResponse.Body body = new FetchResponse.Body(url + "?final", 200, "text/html; charset=utf-8", "\"v1\"",
                "Tue, 01 Dec 2026 10:00:00 GMT", new byte[0], List.of(url + "?final"), null);
        LedgerEntry published = LedgerEntry.queued(url, "feed:https://news.example/rss", now)
                .fetched(body, now.plusSeconds(1))
                .published("\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT", "ab".repeat(32), 3, 42L, now.plusSeconds(2));
        ledger.save(published);

        LedgerEntry read = ledger.find(url).orElseThrow();
        assertThat(read).isEqualTo(published);
        assertThat(read.state()).isEqualTo(UrlState.PUBLISHED);
        assertThat(read.publishedAt()).isEqualTo(now.plusSeconds(2));
        assertThat(read.etag()).isEqualTo("\"v1\"");
        assertThat(read.nextFetchAt()).isNull();
    }

    @Test
    void savingAKnownUrlUpdatesItsRowInPlace() {
        String url = url();
        LedgerEntry queued = LedgerEntry.queued(url, "fetcher", now);
        ledger.save(queued);
        LedgerEntry failed = queued.failed("http-503", "the server answered 503", 503, url, now.plusSeconds(60), now);
        ledger.save(failed);

        assertThat(repository.findById(queued.id())).get()
                .satisfies(row -> {
                    assertThat(row.state()).isEqualTo(UrlState.ERROR);
                    assertThat(row.reasonCode()).isEqualTo("http-503");
                    assertThat(row.attempts()).isEqualTo(1);
                    assertThat(row.nextFetchAt()).isEqualTo(now.plusSeconds(60));
                });
    }

    @Test
    void dueRowsAreThoseScheduledByNowAndNotLeased() {
        String dueUrl = url();
        String futureUrl = url();
        String leasedUrl = url();
        String doneUrl = url();
        Instant past = now.minus(Duration.ofDays(365));
        ledger.save(LedgerEntry.queued(dueUrl, "fetcher", past));
        ledger.save(LedgerEntry.queued(futureUrl, "fetcher", now.plus(Duration.ofDays(365))));
        ledger.save(LedgerEntry.queued(leasedUrl, "fetcher", past).leased(now.plus(Duration.ofDays(365)), now));
        ledger.save(LedgerEntry.queued(doneUrl, "fetcher", past).published(null, null, "cd".repeat(32), 0, 1, now));

        List<String> due = ledger.due(now, 10_000).stream().map(LedgerEntry::url).toList();

        assertThat(due).contains(dueUrl).doesNotContain(futureUrl, leasedUrl, doneUrl);
    }

    @Test
    void clearingLeasesMakesLeasedRowsDueAgain() {
        String url = url();
        ledger.save(LedgerEntry.queued(url, "fetcher", now.minusSeconds(5)).leased(now.plusSeconds(600), now));
        assertThat(ledger.due(now, 10_000)).extracting(LedgerEntry::url).doesNotContain(url);

        ledger.clearLeases();

        assertThat(ledger.due(now, 10_000)).extracting(LedgerEntry::url).contains(url);
    }

    @Test
    void countsRowsByState() {
        long before = repository.countByState(UrlState.DISALLOWED_BY_ROBOTS);
        ledger.save(LedgerEntry.queued(url(), "fetcher", now).disallowed("robots.txt says no", now));

        assertThat(repository.countByState(UrlState.DISALLOWED_BY_ROBOTS)).isEqualTo(before + 1);
    }
}
