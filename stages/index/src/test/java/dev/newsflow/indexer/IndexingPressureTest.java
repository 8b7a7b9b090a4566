package dev.newsflow.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import org.junit.jupiter.api.Test;

/** Which indexing-pressure refusals are for good, on the reasons Elasticsearch writes (its IndexingPressure). */
class IndexingPressureTest {

    private static ErrorCause refusal(String reason) {
        return ErrorCause.of(e -> e.type("es_rejected_execution_exception").reason(reason));
    }

    @Test
    void anOperationOverTheOperationSizeLimitIsRefusedForGood() {
        // As the test node wrote it for a 40 MiB article (BulkIndexerTest).
        assertThat(IndexingPressure.refusesForGood(refusal("Request contains an operation of size [43094015] bytes, "
                + "which exceeds the maximum allowed limit of [40265318] bytes"))).isTrue();
    }

    @Test
    void anOperationLargerThanTheWholeLimitIsRefusedForGood() {
        assertThat(IndexingPressure.refusesForGood(refusal("rejected execution of primary operation ["
                + "coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, primary_operation_bytes=130023424, "
                + "max_coordinating_and_primary_bytes=100663296]"))).isTrue();
        assertThat(IndexingPressure.refusesForGood(refusal("rejected execution of coordinating operation ["
                + "coordinating_and_primary_bytes=5000, replica_bytes=0, all_bytes=5000, "
                + "coordinating_operation_bytes=104857600, max_coordinating_and_primary_bytes=100663296]"))).isTrue();
        assertThat(IndexingPressure.refusesForGood(refusal("rejected execution of replica operation ["
                + "replica_bytes=0, replica_operation_bytes=160000000, max_replica_bytes=150994944]"))).isTrue();
    }

    @Test
    void anOperationThatFitsAnIdleNodeIsOverloadAndRetried() {
        // 30 MB of others' operations in flight: this one gets in once they are done.
        assertThat(IndexingPressure.refusesForGood(refusal("rejected execution of primary operation ["
                + "coordinating_and_primary_bytes=83886080, replica_bytes=0, all_bytes=83886080, "
                + "primary_operation_bytes=20971520, max_coordinating_and_primary_bytes=100663296]"))).isFalse();
    }

    @Test
    void otherRefusalsAreNotJudged() {
        // A full write queue names no bytes; another error type is not indexing pressure; nothing is no refusal.
        assertThat(IndexingPressure.refusesForGood(refusal("rejected execution of coordinating operation "
                + "[shard_detail=[articles-v1][0][n], shard_max_queue_size=10000]"))).isFalse();
        assertThat(IndexingPressure.refusesForGood(ErrorCause.of(e -> e.type("document_parsing_exception")
                .reason("primary_operation_bytes=2, max_coordinating_and_primary_bytes=1")))).isFalse();
        assertThat(IndexingPressure.refusesForGood(null)).isFalse();
    }
}
