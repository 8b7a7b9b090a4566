package dev.newsflow.fetcher.crawl;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link HostLeases} in memory: the instances of one process share it (a lone fetcher, tests, the benchmark). */
public final class InMemoryHostLeases implements HostLeases {

    private record Lease(String owner, Instant until, Instant next) {
    }

    private final Map<String, Lease> leases = new HashMap<>();
    private final Map<String, Instant> alive = new HashMap<>();

    @Override
    public synchronized boolean hold(String host, String owner, Instant now, Instant until) {
        Lease lease = leases.get(host);
        if (lease != null && !lease.owner().equals(owner) && !lease.until().isBefore(now)) {
            return false;
        }
        leases.put(host, new Lease(owner, until, lease == null ? null : lease.next()));
        return true;
    }

    @Override
    public synchronized Turn takeTurn(String host, String owner, Instant now, Instant next, Instant until) {
        Lease lease = leases.get(host);
        if (lease == null) {
            if (!hold(host, owner, now, until)) {
                throw new IllegalStateException("unreachable: a host nobody holds was refused");
            }
            lease = leases.get(host);
        }
        if (!lease.owner().equals(owner)) {
            return new Turn.HeldElsewhere(lease.owner(), lease.until());
        }
        if (lease.next() != null && lease.next().isAfter(now)) {
            return new Turn.Wait(lease.next());
        }
        leases.put(host, new Lease(owner, until, next));
        return new Turn.Granted();
    }

    @Override
    public synchronized void notBefore(String host, String owner, Instant notBefore) {
        Lease lease = leases.get(host);
        if (lease != null && lease.owner().equals(owner) && (lease.next() == null || lease.next().isBefore(notBefore))) {
            leases.put(host, new Lease(owner, lease.until(), notBefore));
        }
    }

    @Override
    public synchronized Map<String, Integer> heartbeat(String owner, Instant now, Instant aliveUntil) {
        alive.put(owner, aliveUntil);
        Map<String, Integer> load = new HashMap<>();
        alive.forEach((instance, until) -> {
            if (!until.isBefore(now)) {
                load.put(instance, 0);
            }
        });
        leases.values().stream().filter(lease -> !lease.until().isBefore(now) && load.containsKey(lease.owner()))
                .forEach(lease -> load.merge(lease.owner(), 1, Integer::sum));
        return load;
    }

    @Override
    public synchronized void releaseAll(String owner, Instant now) {
        alive.remove(owner);
        leases.replaceAll((host, lease) -> lease.owner().equals(owner) && lease.until().isAfter(now)
                ? new Lease(owner, now.minusNanos(1000), lease.next()) : lease);
    }
}
