package dev.newsflow.fetcher.crawl;

import dev.newsflow.messaging.PipelineMeters;
import io.micrometer.core.instrument.Counter;

/**
 * Counts where a URL ended up after a crawl or a page submitted with its body: {@value #OUTCOMES} by state and
 * reason code, {@value #ROBOTS_REFUSALS}, and a published page as the fetcher's record out.
 */
public final class FetchOutcomes {

    /** The stage name in the fetcher's meters. */
    public static final String STAGE = "fetcher";
    /** Series of the outcomes, labels {@code state} ({@link UrlState#label()}) and {@code reason_code}. */
    public static final String OUTCOMES = "newsflow.fetch.outcomes";
    /** Series of the URLs robots.txt kept us from fetching. */
    public static final String ROBOTS_REFUSALS = "newsflow.fetch.robots.refusals";

    private final PipelineMeters meters;

    public FetchOutcomes(PipelineMeters meters) {
        this.meters = meters;
    }

    /** Meters that record nothing (the command line, benchmarks). */
    public static FetchOutcomes unmetered() {
        return new FetchOutcomes(PipelineMeters.unmetered(STAGE));
    }

    PipelineMeters meters() {
        return meters;
    }

    /** One URL left in {@code outcome}'s state. */
    void record(LedgerEntry outcome) {
        Counter.builder(OUTCOMES).description("Crawls and submitted pages by the state they left the URL in")
                .tag("state", outcome.state().label())
                .tag("reason_code", outcome.reasonCode() == null ? "" : outcome.reasonCode())
                .register(meters.registry()).increment();
        switch (outcome.state()) {
            case PUBLISHED -> meters.passedOn(1);
            case DISALLOWED_BY_ROBOTS -> Counter.builder(ROBOTS_REFUSALS)
                    .description("URLs robots.txt kept the fetcher from fetching").register(meters.registry())
                    .increment();
            default -> {
            }
        }
    }
}
