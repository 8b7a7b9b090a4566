package dev.newsflow.fetcher.crawl;

import java.time.Instant;
import java.util.Map;

/**
 * One politeness budget per host for a fleet of fetchers sharing a ledger: a host is crawled by one instance at a
 * time, the one holding its lease, and the host's next allowed request time is kept with the lease so that whoever
 * holds it next still waits the crawl-delay. A lease runs out on its own, so a dead instance's hosts are taken over.
 * The service keeps leases in its ledger database; {@link InMemoryHostLeases} serves a single process.
 */
public interface HostLeases {

    /**
     * Takes the lease of {@code host} for {@code owner} until {@code until} when nobody holds it, its holder's lease
     * ran out before {@code now}, or {@code owner} already holds it (then it is renewed). Atomic across instances.
     *
     * @return whether {@code owner} holds the lease now
     */
    boolean hold(String host, String owner, Instant now, Instant until);

    /**
     * A request's turn on {@code host}: granted when {@code owner} holds the lease and the host's next allowed
     * request time is not after {@code now}; the next allowed time then becomes {@code next} and the lease is
     * renewed until {@code until}, in the same atomic step.
     */
    Turn takeTurn(String host, String owner, Instant now, Instant next, Instant until);

    /** Moves the host's next allowed request time to {@code notBefore} if that is later (after a response, a 429). */
    void notBefore(String host, String owner, Instant notBefore);

    /**
     * Gives back every lease of {@code owner} and ends its heartbeat (a clean shutdown), keeping each host's next
     * allowed request time.
     */
    void releaseAll(String owner, Instant now);

    /**
     * Records that {@code owner} is alive until {@code aliveUntil}, and returns every instance alive at {@code now}
     * ({@code owner} included) with how many hosts it holds: an instance takes new hosts only up to its share of the
     * fleet's, so that hosts spread over the instances instead of going to whoever scans first.
     */
    Map<String, Integer> heartbeat(String owner, Instant now, Instant aliveUntil);

    /** The answer of {@link #takeTurn}. */
    sealed interface Turn {
        /** Go ahead. */
        record Granted() implements Turn {
        }

        /** The host may not be asked before {@code at} (this instance or a previous holder asked it lately). */
        record Wait(Instant at) implements Turn {
        }

        /** Another instance holds the host until {@code until}: leave it to that one. */
        record HeldElsewhere(String holder, Instant until) implements Turn {
        }
    }
}
