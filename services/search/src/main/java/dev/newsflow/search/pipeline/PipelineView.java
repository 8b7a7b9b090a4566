package dev.newsflow.search.pipeline;

import java.time.Instant;

import dev.newsflow.articles.pipeline.DriftReport;
import dev.newsflow.articles.pipeline.IndexingRate;

/**
 * The pipeline panel's data.
 *
 * @param at           when it was read
 * @param indexProblem why the index's parts are missing, or {@code null}
 * @param indexing     articles indexed per minute lately ({@code null} with an index problem)
 * @param drift        every site's fill rates and which fell ({@code null} with an index problem)
 * @param kafka        lag and dead letters, or the brokers' problem
 */
public record PipelineView(Instant at, String indexProblem, IndexingRate.Activity indexing, DriftReport drift,
                           PipelineTopics.Snapshot kafka) {
}
