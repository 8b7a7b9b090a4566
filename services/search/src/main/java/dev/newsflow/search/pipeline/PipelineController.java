package dev.newsflow.search.pipeline;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.newsflow.articles.pipeline.DriftReport;
import dev.newsflow.articles.pipeline.FillDrift;
import dev.newsflow.articles.pipeline.IndexingRate;
import dev.newsflow.articles.search.SearchUnavailableException;

/**
 * {@code GET /api/pipeline}: the dashboard's pipeline panel. Each part answers on its own: with Kafka away the index's
 * parts still show and the brokers' say why they cannot, and the other way round; the answer is always 200.
 */
@RestController
class PipelineController {

    private static final Logger log = LoggerFactory.getLogger(PipelineController.class);
    /** The brokers' calls block for up to their timeout: each on its own virtual thread, never the common pool's. */
    private static final Executor BROKER_CALLS = Executors.newVirtualThreadPerTaskExecutor();

    private final FillDrift drift;
    private final IndexingRate indexing;
    private final PipelineTopics topics;
    private final int indexingMinutes;
    /** Whether the last look at the brokers failed: the service logs the change, not every look. */
    private volatile boolean brokersAway;

    PipelineController(FillDrift drift, IndexingRate indexing, PipelineTopics topics, PipelineProperties properties) {
        this.drift = drift;
        this.indexing = indexing;
        this.topics = topics;
        this.indexingMinutes = properties.indexingMinutes();
    }

    @GetMapping("/api/pipeline")
    PipelineView pipeline() {
        // the brokers may take their whole timeout when they are away: ask them while the index answers
        CompletableFuture<PipelineTopics.Snapshot> brokers = CompletableFuture.supplyAsync(topics::read, BROKER_CALLS);
        IndexingRate.Activity activity = null;
        DriftReport report = null;
        String indexProblem = null;
        try {
            activity = indexing.recent(indexingMinutes);
            report = drift.report();
        } catch (SearchUnavailableException e) {
            log.warn("Pipeline panel without the index's figures: {}", e.getMessage());
            indexProblem = "Elasticsearch unavailable: " + e.getMessage();
        }
        PipelineTopics.Snapshot kafka = brokers.join();
        if (kafka.problem() != null && !brokersAway) {
            log.warn("Pipeline panel without lag and dead letters: {}", kafka.problem());
        } else if (kafka.problem() == null && brokersAway) {
            log.info("Pipeline panel reads the brokers at {} again", kafka.bootstrapServers());
        }
        brokersAway = kafka.problem() != null;
        return new PipelineView(Instant.now(), indexProblem, activity, report, kafka);
    }
}
