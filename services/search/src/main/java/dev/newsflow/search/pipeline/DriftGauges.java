package dev.newsflow.search.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.articles.pipeline.DriftReport;
import dev.newsflow.articles.pipeline.FieldFill;
import dev.newsflow.articles.pipeline.FillDrift;
import dev.newsflow.articles.pipeline.SiteFill;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * {@code newsflow_extraction_fill_drift{site,field}} (1 when {@link dev.newsflow.articles.pipeline.FillDriftRule}
 * flags the field, else 0) and {@code newsflow_extraction_fill_drop{site,field}} (the baseline rate minus the recent
 * one), recomputed from the index every {@code refresh}: one series per site and field with articles in either window.
 * While Elasticsearch does not answer, the gauges keep their last values and the service's health says DOWN.
 */
public final class DriftGauges implements AutoCloseable {

    public static final String DRIFT = "newsflow.extraction.fill.drift";
    public static final String DROP = "newsflow.extraction.fill.drop";

    private static final Logger log = LoggerFactory.getLogger(DriftGauges.class);

    private final FillDrift drift;
    private final MultiGauge drifted;
    private final MultiGauge drops;
    private final ScheduledExecutorService refresher;
    private volatile boolean failing;

    public DriftGauges(FillDrift drift, MeterRegistry registry, Duration refresh) {
        this.drift = drift;
        this.drifted = MultiGauge.builder(DRIFT)
                .description("1 when the site's fill rate for the field fell by the drift rule, else 0")
                .register(registry);
        this.drops = MultiGauge.builder(DROP)
                .description("The site's fill rate for the field in the baseline window minus the recent window's")
                .register(registry);
        this.refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("extraction-drift").factory());
        refresher.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the report and replaces the rows; a site that left both windows loses its series. */
    void refresh() {
        try {
            update(drift.report());
            if (failing) {
                log.info("Extraction drift gauges updated again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Extraction drift gauges not updated (they keep their last values): {}", e.getMessage());
                failing = true;
            }
        }
    }

    void update(DriftReport report) {
        List<MultiGauge.Row<?>> flagRows = new ArrayList<>();
        List<MultiGauge.Row<?>> dropRows = new ArrayList<>();
        for (SiteFill site : report.sites()) {
            for (FieldFill field : site.fields()) {
                Tags tags = Tags.of("site", site.site(), "field", field.field());
                flagRows.add(MultiGauge.Row.of(tags, field.drifted() ? 1 : 0));
                dropRows.add(MultiGauge.Row.of(tags, field.drop()));
            }
        }
        drifted.register(flagRows, true);
        drops.register(dropRows, true);
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
