package dev.newsflow.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two instances' politeness sharing one set of host leases (in memory here; the service's are in the ledger). */
class HostPolitenessFleetTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final InMemoryHostLeases leases = new InMemoryHostLeases();
    private final HostPoliteness a = instance("a");
    private final HostPoliteness b = instance("b");

    private HostPoliteness instance(String id) {
        return new HostPoliteness(1, Duration.ofMillis(100), Duration.ofSeconds(30), clock, leases, id,
                Duration.ofSeconds(60));
    }

    @Test
    void onlyTheHolderOfAHostGetsATurnOnIt() throws InterruptedException {
        assertThat(a.hold("news.example")).isTrue();
        assertThat(b.hold("news.example")).isFalse();

        a.release(a.acquire("news.example", null));
        assertThatThrownBy(() -> b.acquire("news.example", null))
                .isInstanceOf(HostPoliteness.HeldElsewhere.class).hasMessageContaining("fetcher a");
    }

    @Test
    void aHostIsTakenOverOnceItsHoldersLeaseRanOutAndTheTakerIsToldOnce() {
        List<String> takenByB = new ArrayList<>();
        b.onTakeover(takenByB::add);
        assertThat(a.hold("news.example")).isTrue();

        clock.advance(Duration.ofSeconds(61));

        assertThat(b.hold("news.example")).isTrue();
        assertThat(b.hold("news.example")).isTrue();
        assertThat(takenByB).containsExactly("news.example");
        assertThat(a.hold("news.example")).isFalse();
    }

    @Test
    void aNewHolderWaitsOutTheBackOffItsPredecessorWasTold() throws InterruptedException {
        a.release(a.acquire("news.example", null));
        a.backOff("news.example", Duration.ofSeconds(90)); // a 429 with Retry-After: 90
        clock.advance(Duration.ofSeconds(61));
        assertThat(b.hold("news.example")).isTrue();

        assertThat(leases.takeTurn("news.example", "b", clock.instant(), clock.instant().plusSeconds(1),
                clock.instant().plusSeconds(60))).isEqualTo(new HostLeases.Turn.Wait(
                Instant.parse("2026-12-06T10:01:30Z")));
    }

    @Test
    void eachInstanceTakesItsShareOfTheNewHosts() {
        a.heartbeat();
        b.heartbeat();
        a.hold("one.example");

        assertThat(a.heartbeat()).isEqualTo(new HostPoliteness.FleetLoad(1, 1, 2));
        assertThat(b.heartbeat().share(3)).as("b's share of 3 new hosts beside a's one").isEqualTo(2);
        a.releaseAll();
        HostPoliteness.FleetLoad alone = b.heartbeat();
        assertThat(alone).as("a stopped: gone from the fleet").isEqualTo(new HostPoliteness.FleetLoad(0, 0, 1));
        assertThat(alone.share(50)).as("a lone instance takes every host").isEqualTo(50);
        assertThat(b.hold("one.example")).as("a's host free at once").isTrue();
    }
}
