package dev.newsflow.fetcher.crawl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The crawl and source ledgers in memory, for tests of the plain crawler classes. */
final class InMemoryLedger implements CrawlLedger, SourceLedger {

    private final Map<String, LedgerEntry> urls = new ConcurrentHashMap<>();
    private final Map<String, SourceEntry> sources = new ConcurrentHashMap<>();

    @Override
    public Optional<LedgerEntry> find(String normalisedUrl) {
        return Optional.ofNullable(urls.get(Ledgers.idOf(normalisedUrl)));
    }

    @Override
    public synchronized void save(LedgerEntry entry) {
        urls.put(entry.id(), entry);
    }

    @Override
    public synchronized List<LedgerEntry> due(Instant now, int limit) {
        return urls.values().stream()
                .filter(e -> e.nextFetchAt() != null && !e.nextFetchAt().isAfter(now))
                .filter(e -> e.leasedUntil() == null || e.leasedUntil().isBefore(now))
                .sorted(Comparator.comparing(LedgerEntry::nextFetchAt)).limit(limit).toList();
    }

    @Override
    public synchronized Optional<LedgerEntry> claim(LedgerEntry due, Instant until, Instant now) {
        LedgerEntry current = urls.get(due.id());
        if (current == null || current.nextFetchAt() == null || current.nextFetchAt().isAfter(now)
                || (current.leasedUntil() != null && !current.leasedUntil().isBefore(now))) {
            return Optional.empty();
        }
        LedgerEntry claimed = current.leased(until, now);
        urls.put(claimed.id(), claimed);
        return Optional.of(claimed);
    }

    @Override
    public synchronized void releaseClaims(String host, Instant now) {
        urls.replaceAll((id, e) -> e.leasedUntil() != null && Crawler.hostOf(e.url()).equals(host)
                ? e.leased(null, now) : e);
    }

    LedgerEntry get(String url) {
        return find(url).orElseThrow(() -> new AssertionError("not in the ledger: " + url));
    }

    @Override
    public Optional<SourceEntry> findSource(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    @Override
    public void save(SourceEntry entry) {
        sources.put(entry.id(), entry);
    }

    @Override
    public List<SourceEntry> dueSources(Instant now, int limit) {
        return new ArrayList<>(sources.values().stream()
                .filter(e -> !e.nextPollAt().isAfter(now))
                .filter(e -> e.leasedUntil() == null || e.leasedUntil().isBefore(now))
                .limit(limit).toList());
    }

    @Override
    public List<SourceEntry> allSources() {
        return List.copyOf(sources.values());
    }
}
