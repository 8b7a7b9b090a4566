package dev.newsflow.fetcher.crawl;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.RawPage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where URLs and pages enter: pages submitted with their body are published at once; URLs to fetch are
 * queued in the ledger for the {@link Frontier}. Both normalise the URL first so one page is one row.
 */
public final class Intake {

    private final UrlNormaliser normaliser;
    private final CrawlLedger ledger;
    private final PagePublisher publisher;
    private final Clock clock;
    private final FetchOutcomes outcomes;

    public Intake(UrlNormaliser normaliser, CrawlLedger ledger, PagePublisher publisher, Clock clock) {
        this(normaliser, ledger, publisher, clock, FetchOutcomes.unmetered());
    }

    /** As the other constructor, a page submitted with its body counting as a record in and its outcome. */
    public Intake(UrlNormaliser normaliser, CrawlLedger ledger, PagePublisher publisher, Clock clock,
                  FetchOutcomes outcomes) {
        this.outcomes = outcomes;
        this.normaliser = normaliser;
        this.ledger = ledger;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A page submitted with its body and where it went. */
    public record Submitted(LedgerEntry entry, RawPage page, PagePublisher.Receipt receipt) {
    }

    /**
     * Publishes a page whose body the caller already has, and records it; the row says published only after
     * the broker acknowledged it.
     *
     * @throws IllegalArgumentException  when the URL or body is not acceptable, with the reason
     * @throws PagePublisher.PublishException when Kafka did not acknowledge (the row then says error)
     */
    public Submitted submitPage(String url, String contentType, String body, String source) {
        return submitPage(url, contentType, body, source, TraceContext.start());
    }

    /** As {@link #submitPage(String, String, String, String)}, the page carrying {@code trace} (the caller's). */
    public Submitted submitPage(String url, String contentType, String body, String source, TraceContext trace) {
        try (TraceContext.LogScope logs = trace.inLogs()) {
            return submit(url, contentType, body, source, trace);
        }
    }

    private Submitted submit(String url, String contentType, String body, String source, TraceContext trace) {
        String normalised = normaliser.normalise(url);
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the page body is empty: send the HTML or text of the page");
        }
        Instant now = clock.instant();
        LedgerEntry entry = ledger.find(normalised).orElseGet(() -> LedgerEntry.queued(normalised, source, now))
                .submitted(source, contentType, now);
        ledger.save(entry);
        outcomes.meters().received(1);
        RawPage page = new RawPage(RawPage.SCHEMA_VERSION, normalised, contentType, body, now, source, null);
        try {
            PagePublisher.Receipt receipt = publisher.publish(page, trace);
            LedgerEntry published = entry.published(null, null, Ledgers.sha256(body), receipt.partition(),
                    receipt.offset(), clock.instant());
            ledger.save(published);
            outcomes.record(published);
            return new Submitted(published, page, receipt);
        } catch (PagePublisher.PublishException e) {
            LedgerEntry failed = entry.failed("publish-failed", e.getMessage(), null, normalised, null,
                    clock.instant());
            ledger.save(failed);
            outcomes.record(failed);
            throw e;
        }
    }

    /** A URL given to {@link #queue}: its normalised form and row, or why it was rejected. */
    public record Queued(String submitted, String normalised, LedgerEntry entry, String rejected) {
    }

    /** Queues URLs to be fetched now; known URLs are queued again (conditionally fetched). */
    public List<Queued> queue(List<String> urls, String source) {
        List<Queued> out = new ArrayList<>();
        Instant now = clock.instant();
        for (String url : urls) {
            String normalised;
            try {
                normalised = normaliser.normalise(url);
            } catch (IllegalArgumentException e) {
                out.add(new Queued(url, null, null, e.getMessage()));
                continue;
            }
            LedgerEntry entry = ledger.find(normalised)
                    .map(existing -> existing.requeued(source, now, now))
                    .orElseGet(() -> LedgerEntry.queued(normalised, source, now));
            ledger.save(entry);
            out.add(new Queued(url, normalised, entry, null));
        }
        return out;
    }

    /** Queues URLs found by a feed or sitemap, skipping those the ledger already knows; returns how many were new. */
    public int discover(List<String> urls, String source) {
        int added = 0;
        Instant now = clock.instant();
        for (String url : urls) {
            String normalised;
            try {
                normalised = normaliser.normalise(url);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (ledger.find(normalised).isEmpty()) {
                ledger.save(LedgerEntry.queued(normalised, source, now));
                added++;
            }
        }
        return added;
    }

    /** The row of a URL (normalised first). */
    public java.util.Optional<LedgerEntry> status(String url) {
        return ledger.find(normaliser.normalise(url));
    }
}
