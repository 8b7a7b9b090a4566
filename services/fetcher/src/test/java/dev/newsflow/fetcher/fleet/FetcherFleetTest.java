package dev.newsflow.fetcher.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.stack.junit.TestPostgres;
import dev.newsflow.stack.junit.TestStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two fetchers, each its own JVM, sharing one real PostgreSQL ledger and a real Kafka broker, against local sites
 * whose robots.txt asks for a crawl-delay of 1 s: the fleet keeps one politeness budget per host, fetches each URL
 * once, spreads the hosts over the instances, and a killed instance's host is taken over once its lease ran out.
 *
 * <p>Clock tolerance: the sites time each request's arrival; a request leaves the fetcher a little after it took
 * its turn, and that lag varies with the load of this shared machine, so two arrivals may be closer than the
 * crawl-delay by that variation. {@link #TOLERANCE} (150 ms) allows for it; the spacing itself is 1 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FetcherFleetTest {

    private static final Duration CRAWL_DELAY = Duration.ofSeconds(1);
    private static final Duration HOST_LEASE = Duration.ofSeconds(8);
    private static final Duration TOLERANCE = Duration.ofMillis(150);

    private final TestPostgres database = TestPostgres.create("fetcher_fleet");
    private final List<FetcherProcess> fetchers = new ArrayList<>();
    private final List<RecordingSite> sites = new ArrayList<>();

    @BeforeAll
    void startFleet() throws Exception {
        Map<String, String> config = Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", TestStack.kafkaBootstrapServers()),
                Map.entry("datasources.default.url", database.jdbcUrl()),
                Map.entry("datasources.default.username", database.user()),
                Map.entry("datasources.default.password", ""),
                Map.entry("datasources.default.maximum-pool-size", "4"),
                Map.entry("fetcher.allow-list", "127.0.0.0/8"),
                // robots.txt sets the delay; ours alone would be shorter
                Map.entry("fetcher.default-delay", "100ms"),
                Map.entry("fetcher.max-crawl-delay", "2s"),
                Map.entry("fetcher.host-lease", HOST_LEASE.toSeconds() + "s"),
                Map.entry("fetcher.scan-interval", "200ms"));
        // One after the other: both at once would race Flyway's first migration of the empty database.
        FetcherProcess a = FetcherProcess.start("a", config);
        fetchers.add(a);
        a.awaitHealthy(Duration.ofSeconds(120));
        FetcherProcess b = FetcherProcess.start("b", config);
        fetchers.add(b);
        b.awaitHealthy(Duration.ofSeconds(120));
        Thread.sleep(1000); // both have scanned, so each counts the other alive
    }

    @AfterAll
    void stopFleet() throws Exception {
        for (FetcherProcess f : fetchers) {
            f.close();
        }
        sites.forEach(RecordingSite::close);
        database.close();
    }

    @Test
    @Order(1)
    void twoFetchersOnTwoHostsKeepTheCrawlDelayFetchEachUrlOnceAndBothWork() throws Exception {
        RecordingSite one = site("127.0.0.2");
        RecordingSite two = site("127.0.0.3");
        List<String> urls = new ArrayList<>(one.urls(30));
        urls.addAll(two.urls(30));

        assertThat(fetchers.get(0).submit(urls)).isEqualTo(202);
        awaitPublished(urls, Duration.ofSeconds(150));

        for (RecordingSite site : List.of(one, two)) {
            List<RecordingSite.Request> pages = site.pageRequests();
            assertSpaced(pages);
            assertThat(countByPath(pages)).as("requests per page").hasSize(30).allSatisfy((path, n) ->
                    assertThat(n).as(path).isEqualTo(1));
        }
        List<String> workers = new ArrayList<>();
        workers.addAll(one.pageRequests().stream().map(RecordingSite.Request::userAgent).distinct().toList());
        workers.addAll(two.pageRequests().stream().map(RecordingSite.Request::userAgent).distinct().toList());
        assertThat(workers).as("the instance that crawled each host").containsExactlyInAnyOrder(
                FetcherProcess.userAgent("a"), FetcherProcess.userAgent("b"));
    }

    @Test
    @Order(2)
    void aKilledFetchersHostIsTakenOverOnceItsLeaseRanOutStillPolitely() throws Exception {
        RecordingSite site = site("127.0.0.4");
        List<String> urls = site.urls(20);
        assertThat(fetchers.get(1).submit(urls)).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).until(() -> site.pageRequests().size() >= 5);
        String crawling = site.pageRequests().getFirst().userAgent();
        FetcherProcess victim = fetchers.stream().filter(f -> FetcherProcess.userAgent(f.id()).equals(crawling))
                .findFirst().orElseThrow();
        victim.kill();
        fetchers.remove(victim);
        int beforeKill = site.pageRequests().size();

        awaitPublished(urls, Duration.ofSeconds(120));

        List<RecordingSite.Request> pages = site.pageRequests();
        assertSpaced(pages);
        RecordingSite.Request lastOfVictim = pages.get(beforeKill - 1);
        RecordingSite.Request firstOfSurvivor = pages.get(beforeKill);
        assertThat(firstOfSurvivor.userAgent()).isNotEqualTo(crawling);
        assertThat(pages.subList(beforeKill, pages.size())).allSatisfy(r ->
                assertThat(r.userAgent()).isEqualTo(firstOfSurvivor.userAgent()));
        Duration gap = Duration.between(lastOfVictim.at(), firstOfSurvivor.at());
        assertThat(gap).as("the survivor waited for the victim's host lease to run out")
                .isGreaterThanOrEqualTo(HOST_LEASE.minus(TOLERANCE))
                .isLessThan(HOST_LEASE.plusSeconds(15));
        Map<String, Long> perPath = countByPath(pages);
        assertThat(perPath).hasSize(20);
        // SIGKILL may land between a fetch and Kafka's acknowledgement: that page is fetched again (at least once,
        // never lost); every other page exactly once.
        assertThat(perPath.values().stream().filter(n -> n > 1).count()).isLessThanOrEqualTo(1);
        assertThat(perPath.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    }

    private RecordingSite site(String address) throws Exception {
        RecordingSite site = RecordingSite.start(address, (int) CRAWL_DELAY.toSeconds());
        sites.add(site);
        return site;
    }

    /** No two requests to the host closer than the crawl-delay (less the stated tolerance). */
    private static void assertSpaced(List<RecordingSite.Request> pages) {
        for (int i = 1; i < pages.size(); i++) {
            Duration gap = Duration.between(pages.get(i - 1).at(), pages.get(i).at());
            assertThat(gap).as("between %s (%s) and %s (%s)", pages.get(i - 1).path(), pages.get(i - 1).userAgent(),
                    pages.get(i).path(), pages.get(i).userAgent()).isGreaterThanOrEqualTo(CRAWL_DELAY.minus(TOLERANCE));
        }
    }

    private static Map<String, Long> countByPath(List<RecordingSite.Request> pages) {
        return pages.stream().collect(Collectors.groupingBy(RecordingSite.Request::path, Collectors.counting()));
    }

    /** Waits until every URL's ledger row says published (the broker acknowledged it). */
    private void awaitPublished(List<String> urls, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(states(urls)).as("ledger states").hasSize(urls.size())
                        .allSatisfy((url, state) -> assertThat(state).as(url).isEqualTo("PUBLISHED")));
    }

    private Map<String, String> states(List<String> urls) throws Exception {
        Map<String, String> states = new HashMap<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
             PreparedStatement s = c.prepareStatement("SELECT url, state FROM url_ledger WHERE url = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", urls.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    states.put(r.getString(1), r.getString(2));
                }
            }
        }
        return states;
    }

}
