package dev.newsflow.fetcher.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.fetcher.FetcherInstance;
import dev.newsflow.fetcher.crawl.Crawler;
import dev.newsflow.fetcher.crawl.FetchResponse;
import dev.newsflow.fetcher.crawl.HostLeases;
import dev.newsflow.fetcher.crawl.LedgerEntry;
import dev.newsflow.fetcher.crawl.UrlState;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the ledger must do on every database it runs on; subclasses pick H2 or PostgreSQL. */
abstract class LedgerContract {

    @Inject
    JdbcCrawlLedger ledger;

    @Inject
    UrlLedgerRepository repository;

    @Inject
    JdbcHostLeases leases;

    @Inject
    FetcherInstance instance;

    @Inject
    DataSource dataSource;

    // Databases keep microseconds; the JVM clock has nanoseconds.
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static String host() {
        return UUID.randomUUID() + ".example";
    }

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
        // A claim counts while its host is leased (only the holder claims): this instance holds news.example.
        assertThat(leases.hold("news.example", instance.id(), now, now.plus(Duration.ofDays(1)))).isTrue();
        ledger.save(LedgerEntry.queued(leasedUrl, "fetcher", past).leased(now.plus(Duration.ofDays(365)), now));
        ledger.save(LedgerEntry.queued(doneUrl, "fetcher", past).published(null, null, "cd".repeat(32), 0, 1, now));

        List<String> due = ledger.due(now, 10_000).stream().map(LedgerEntry::url).toList();

        assertThat(due).contains(dueUrl).doesNotContain(futureUrl, leasedUrl, doneUrl);
    }

    @Test
    void aDueRowIsClaimedOnceAndThenLeftOutOfTheDueRows() {
        LedgerEntry queued = LedgerEntry.queued(url(), "fetcher", now.minusSeconds(5));
        ledger.save(queued);
        assertThat(leases.hold("news.example", instance.id(), now, now.plus(Duration.ofDays(1)))).isTrue();

        assertThat(ledger.claim(queued, now.plusSeconds(600), now)).get()
                .extracting(LedgerEntry::leasedUntil).isEqualTo(now.plusSeconds(600));
        assertThat(ledger.claim(queued, now.plusSeconds(600), now)).as("a second claim").isEmpty();
        assertThat(ledger.due(now, 10_000)).extracting(LedgerEntry::url).doesNotContain(queued.url());
        assertThat(ledger.claim(queued, now.plusSeconds(1200), now.plusSeconds(601)))
                .as("a claim that ran out can be taken again").isPresent();
    }

    @Test
    void aRowPublishedSinceTheScanReadItIsNotClaimed() {
        LedgerEntry queued = LedgerEntry.queued(url(), "fetcher", now.minusSeconds(5));
        ledger.save(queued);
        ledger.save(queued.published(null, null, "ef".repeat(32), 0, 7, now));

        assertThat(ledger.claim(queued, now.plusSeconds(600), now)).isEmpty();
    }

    @Test
    void releasingAHostsClaimsMakesOnlyItsRowsDueAgain() {
        String hostA = host();
        String hostB = host();
        LedgerEntry a = LedgerEntry.queued("https://" + hostA + "/1", "fetcher", now.minusSeconds(5));
        LedgerEntry b = LedgerEntry.queued("https://" + hostB + "/1", "fetcher", now.minusSeconds(5));
        ledger.save(a);
        ledger.save(b);
        leases.hold(hostA, instance.id(), now, now.plusSeconds(3600));
        leases.hold(hostB, instance.id(), now, now.plusSeconds(3600));
        ledger.claim(a, now.plusSeconds(600), now);
        ledger.claim(b, now.plusSeconds(600), now);

        ledger.releaseClaims(hostA, now);

        assertThat(ledger.due(now, 10_000)).extracting(LedgerEntry::url).contains(a.url()).doesNotContain(b.url());
    }

    @Test
    void aClaimOnAHostWhoseLeaseRanOutIsAnOrphanAndItsRowIsDue() {
        String host = host();
        LedgerEntry row = LedgerEntry.queued("https://" + host + "/1", "fetcher", now.minusSeconds(5));
        ledger.save(row);
        leases.hold(host, "dead-instance", now, now.plusSeconds(10));
        ledger.claim(row, now.plusSeconds(600), now);
        assertThat(ledger.due(now.plusSeconds(5), 10_000)).extracting(LedgerEntry::url).doesNotContain(row.url());

        assertThat(ledger.due(now.plusSeconds(11), 10_000)).extracting(LedgerEntry::url).contains(row.url());
        assertThat(leases.hold(host, instance.id(), now.plusSeconds(11), now.plusSeconds(71))).isTrue();
        ledger.releaseClaims(host, now.plusSeconds(11));
        assertThat(ledger.claim(row, now.plusSeconds(611), now.plusSeconds(11))).isPresent();
    }

    @Test
    void theDueRowsLeaveOutHostsAnotherInstanceHolds() {
        String theirs = host();
        String ours = host();
        LedgerEntry theirRow = LedgerEntry.queued("https://" + theirs + "/1", "fetcher", now.minusSeconds(5));
        LedgerEntry ourRow = LedgerEntry.queued("https://" + ours + "/1", "fetcher", now.minusSeconds(5));
        ledger.save(theirRow);
        ledger.save(ourRow);
        assertThat(leases.hold(theirs, "another-instance", now, now.plusSeconds(60))).isTrue();
        assertThat(leases.hold(ours, instance.id(), now, now.plusSeconds(60))).isTrue();

        List<String> due = ledger.due(now, 10_000).stream().map(LedgerEntry::url).toList();

        assertThat(due).contains(ourRow.url()).doesNotContain(theirRow.url());
        assertThat(ledger.due(now.plusSeconds(61), 10_000)).extracting(LedgerEntry::url)
                .as("once their lease ran out").contains(theirRow.url());
    }

    @Test
    void aHostIsHeldByOneInstanceUntilItsLeaseRunsOut() {
        String host = host();

        assertThat(leases.hold(host, "a", now, now.plusSeconds(60))).isTrue();
        assertThat(leases.hold(host, "b", now.plusSeconds(30), now.plusSeconds(90))).isFalse();
        assertThat(leases.hold(host, "a", now.plusSeconds(30), now.plusSeconds(90))).as("renewed").isTrue();
        assertThat(leases.hold(host, "b", now.plusSeconds(60), now.plusSeconds(120))).as("still a's").isFalse();
        assertThat(leases.hold(host, "b", now.plusSeconds(91), now.plusSeconds(150))).as("ran out").isTrue();
        assertThat(leases.hold(host, "a", now.plusSeconds(92), now.plusSeconds(150))).isFalse();
    }

    @Test
    void turnsAreSpacedAndOnlyTheHolderGetsThem() {
        String host = host();
        assertThat(leases.hold(host, "a", now, now.plusSeconds(60))).isTrue();

        assertThat(leases.takeTurn(host, "a", now, now.plusSeconds(5), now.plusSeconds(60)))
                .isEqualTo(new HostLeases.Turn.Granted());
        assertThat(leases.takeTurn(host, "a", now.plusSeconds(1), now.plusSeconds(6), now.plusSeconds(61)))
                .isEqualTo(new HostLeases.Turn.Wait(now.plusSeconds(5)));
        assertThat(leases.takeTurn(host, "b", now.plusSeconds(6), now.plusSeconds(11), now.plusSeconds(66)))
                .isEqualTo(new HostLeases.Turn.HeldElsewhere("a", now.plusSeconds(60)));
        leases.notBefore(host, "a", now.plusSeconds(9));
        assertThat(leases.takeTurn(host, "a", now.plusSeconds(6), now.plusSeconds(11), now.plusSeconds(66)))
                .as("after a response or a 429, the next turn moved on").isEqualTo(new HostLeases.Turn.Wait(now.plusSeconds(9)));
    }

    @Test
    void aNewHolderWaitsTheTurnItsPredecessorSet() {
        String host = host();
        leases.hold(host, "a", now, now.plusSeconds(2));
        leases.takeTurn(host, "a", now, now.plusSeconds(20), now.plusSeconds(2));

        assertThat(leases.hold(host, "b", now.plusSeconds(3), now.plusSeconds(63))).isTrue();
        assertThat(leases.takeTurn(host, "b", now.plusSeconds(3), now.plusSeconds(8), now.plusSeconds(63)))
                .isEqualTo(new HostLeases.Turn.Wait(now.plusSeconds(20)));
        assertThat(leases.takeTurn(host, "b", now.plusSeconds(20), now.plusSeconds(25), now.plusSeconds(80)))
                .isEqualTo(new HostLeases.Turn.Granted());
    }

    @Test
    void aFirstTurnOnAHostNobodyHeldTakesItsLease() {
        String host = host();

        assertThat(leases.takeTurn(host, "a", now, now.plusSeconds(5), now.plusSeconds(60)))
                .isEqualTo(new HostLeases.Turn.Granted());
        assertThat(leases.hold(host, "b", now, now.plusSeconds(60))).isFalse();
    }

    @Test
    void releasedLeasesAreFreeAtOnceAndKeepTheirNextTurn() {
        String host = host();
        leases.hold(host, "a", now, now.plusSeconds(60));
        leases.takeTurn(host, "a", now, now.plusSeconds(10), now.plusSeconds(60));

        leases.releaseAll("a", now.plusSeconds(1));

        assertThat(leases.hold(host, "b", now.plusSeconds(1), now.plusSeconds(61))).isTrue();
        assertThat(leases.takeTurn(host, "b", now.plusSeconds(1), now.plusSeconds(6), now.plusSeconds(61)))
                .isEqualTo(new HostLeases.Turn.Wait(now.plusSeconds(10)));
    }

    @Test
    void aHeartbeatListsTheInstancesAliveWithTheHostsEachHolds() {
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        leases.hold(host(), a, now, now.plusSeconds(60));
        leases.hold(host(), a, now, now.plusSeconds(60));
        leases.heartbeat(b, now, now.plusSeconds(60));

        Map<String, Integer> load = leases.heartbeat(a, now, now.plusSeconds(60));

        assertThat(load).containsEntry(a, 2).containsEntry(b, 0);
        assertThat(leases.heartbeat(a, now.plusSeconds(61), now.plusSeconds(121)))
                .as("b stopped beating, a's leases ran out").containsEntry(a, 0).doesNotContainKey(b);
        leases.releaseAll(a, now.plusSeconds(62));
        assertThat(leases.heartbeat(b, now.plusSeconds(62), now.plusSeconds(122))).doesNotContainKey(a);
    }

    @Test
    void theMigrationsHostExpressionAgreesWithTheCrawlersHost() throws Exception {
        // V2 fills url_ledger.host of existing rows with this expression; new rows get Crawler.hostOf.
        String url = "https://News.Example.ORG:8443/world/1?x=1#top";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT LOWER(REGEXP_SUBSTR(?, '^[a-z][a-z0-9+.-]*://([^/:?#]+)', 1, 1, 'i', 1))");) {
            s.setString(1, url);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(Crawler.hostOf(url)).isEqualTo("news.example.org");
            }
        }
    }

    @Test
    void countsRowsByState() {
        long before = repository.countByState(UrlState.DISALLOWED_BY_ROBOTS);
        ledger.save(LedgerEntry.queued(url(), "fetcher", now).disallowed("robots.txt says no", now));

        assertThat(repository.countByState(UrlState.DISALLOWED_BY_ROBOTS)).isEqualTo(before + 1);
    }
}
