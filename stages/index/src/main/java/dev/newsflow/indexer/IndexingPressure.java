package dev.newsflow.indexer;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elasticsearch's indexing-pressure refusals (HTTP 429, {@value #REJECTED_EXECUTION}). A node refuses an operation
 * while the bytes of the operations it is indexing, this one included, exceed {@code indexing_pressure.memory.limit}:
 * that is overload, and a retry gets in once the others are done. But an operation larger on its own than a limit is
 * refused every time, even by an idle node, and retrying it would hold up its partition for good. The node says which
 * it is in the reason, in one of two forms (Elasticsearch 9):
 * <ul>
 *   <li>{@code Request contains an operation of size [43094015] bytes, which exceeds the maximum allowed limit of
 *   [40265318] bytes}: over {@code indexing_pressure.memory.max_operation_size} (10 % of the heap by default), seen
 *   on the test node with a 40 MiB article;</li>
 *   <li>{@code rejected execution of primary operation [coordinating_and_primary_bytes=0, replica_bytes=0,
 *   all_bytes=0, primary_operation_bytes=130023424, max_coordinating_and_primary_bytes=100663296]} (and the
 *   {@code coordinating} and {@code replica} forms): the operation alone is over the node's whole limit when its
 *   bytes exceed the maximum; otherwise it is overload.</li>
 * </ul>
 */
final class IndexingPressure {

    /** Elasticsearch's error type for a refusal by a full queue or by indexing pressure. */
    static final String REJECTED_EXECUTION = "es_rejected_execution_exception";

    /** The dead letter's reason code for a document the node can never take. */
    static final String TOO_LARGE = "es-document-too-large";

    private static final Pattern OVER_OPERATION_LIMIT = Pattern.compile(
            "operation of size \\[(\\d+)] bytes, which exceeds the maximum allowed limit of \\[(\\d+)] bytes");
    private static final Pattern OPERATION_BYTES = Pattern.compile("\\b(?:coordinating|primary|replica)_operation_bytes=(\\d+)");
    private static final Pattern LIMIT_BYTES = Pattern.compile("\\bmax_(?:coordinating_and_primary|replica)_bytes=(\\d+)");

    private IndexingPressure() {
    }

    /**
     * Whether {@code error} is an indexing-pressure refusal of an operation larger than the node's whole limit: true
     * only when the reason names both figures and the operation's is the larger. A refusal of one document sent alone
     * is then the document's for good; the caller must know it was alone, as the operation is the whole request (or
     * the shard's part of it).
     */
    static boolean refusesForGood(ErrorCause error) {
        if (error == null || !REJECTED_EXECUTION.equals(error.type()) || error.reason() == null) {
            return false;
        }
        Matcher overLimit = OVER_OPERATION_LIMIT.matcher(error.reason());
        if (overLimit.find()) {
            return exceeds(overLimit.group(1), overLimit.group(2));
        }
        Matcher operation = OPERATION_BYTES.matcher(error.reason());
        Matcher limit = LIMIT_BYTES.matcher(error.reason());
        return operation.find() && limit.find() && exceeds(operation.group(1), limit.group(1));
    }

    private static boolean exceeds(String bytes, String limit) {
        // More digits than a long holds is more bytes than any limit.
        return bytes.length() > 18 || (limit.length() <= 18 && Long.parseLong(bytes) > Long.parseLong(limit));
    }
}
