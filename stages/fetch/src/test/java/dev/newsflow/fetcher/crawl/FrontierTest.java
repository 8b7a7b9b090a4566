package dev.newsflow.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The crawl loop: hosts are independent, one host is never hammered. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FrontierTest {

    @Test
    void aHostThatAnswered429IsLeftAloneWhileOtherHostsCarryOn() throws Exception {
        try (TestServer busy = TestServer.start();
             TestServer calm = TestServer.startOn("127.0.0.2");
             CrawlRig rig = new CrawlRig();
             Frontier frontier = new Frontier(rig.ledger, rig.crawler, rig.politeness, rig.settings, rig.clock)) {
            busy.route("/*", new Routes.TooManyRequestsWithRetryAfter(30));
            busy.route("/robots.txt", ex -> TestServer.send(ex, 404, "text/plain", "none"));
            calm.route("/*", Routes.page("calm"));

            rig.intake.queue(List.of(busy.url("/1")), "fetcher");
            frontier.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> busy.hits("/1").size() == 1);
            rig.intake.queue(List.of(busy.url("/2"), calm.url("/1"), calm.url("/2"), calm.url("/3")), "fetcher");
            frontier.wake();

            await().atMost(Duration.ofSeconds(5)).until(() -> rig.publisher.pages.size() == 3);
            assertThat(busy.hits("/2")).isEmpty();
            assertThat(rig.ledger.get(busy.url("/1")).reasonCode()).isEqualTo("http-429");
        }
    }

    @Test
    void spacesRequestsToOneHostByTheDelay() throws Exception {
        FetchSettings settings = FetchSettings.defaults()
                .withPoliteness(Duration.ofMillis(300), 1)
                .withLimits(Duration.ofSeconds(2), 1024 * 1024)
                .withDestinations(false, List.of("127.0.0.0/8"));
        try (TestServer server = TestServer.start();
             CrawlRig rig = new CrawlRig(settings);
             Frontier frontier = new Frontier(rig.ledger, rig.crawler, rig.politeness, rig.settings, rig.clock)) {
            server.route("/news/*", Routes.page("n"));
            rig.intake.queue(List.of(server.url("/news/1"), server.url("/news/2"), server.url("/news/3"),
                    server.url("/news/4")), "fetcher");

            frontier.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.publisher.pages.size() == 4);

            List<TestServer.Hit> hits = server.hits().stream().filter(h -> h.path().startsWith("/news/")).toList();
            for (int i = 1; i < hits.size(); i++) {
                assertThat(Duration.between(hits.get(i - 1).at(), hits.get(i).at()))
                        .isGreaterThanOrEqualTo(Duration.ofMillis(280));
            }
        }
    }

    @Test
    void aHostWithAHugeBacklogDoesNotStarveHostsQueuedAfterIt() throws Exception {
        FetchSettings settings = FetchSettings.defaults()
                .withPoliteness(Duration.ofSeconds(1), 1)
                .withLimits(Duration.ofSeconds(2), 1024 * 1024)
                .withDestinations(false, List.of("127.0.0.0/8"));
        try (TestServer backlog = TestServer.start();
             TestServer other = TestServer.startOn("127.0.0.2");
             CrawlRig rig = new CrawlRig(settings);
             Frontier frontier = new Frontier(rig.ledger, rig.crawler, rig.politeness, rig.settings, rig.clock)) {
            backlog.route("/*", Routes.page("old"));
            other.route("/*", Routes.page("new"));
            List<String> many = new java.util.ArrayList<>();
            for (int i = 0; i < 2100; i++) {
                many.add(backlog.url("/archive/" + i));
            }
            rig.intake.queue(many, "fetcher");
            rig.intake.queue(List.of(other.url("/breaking")), "fetcher");

            frontier.start();

            await().atMost(Duration.ofSeconds(10)).until(() -> rig.ledger.get(other.url("/breaking")).state() == UrlState.PUBLISHED);
            assertThat(frontier.queued().getOrDefault("127.0.0.1", 0)).isLessThanOrEqualTo(Frontier.PER_HOST_QUEUE + 1);
        }
    }
}
