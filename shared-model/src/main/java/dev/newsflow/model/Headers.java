package dev.newsflow.model;

/** Kafka record header names used across the pipeline. */
public final class Headers {

    /** On a bare (non-JSON) page dropped onto {@link Topics#PAGES_RAW}: the page's URL. Required there. */
    public static final String URL = "newsflow-url";
    /** Optional on a bare page: its content type, e.g. {@code text/html; charset=windows-1252}. */
    public static final String CONTENT_TYPE = "newsflow-content-type";
    /** Optional on a bare page: who dropped it (defaults to {@code manual}). */
    public static final String SOURCE = "newsflow-source";

    /**
     * On every record of every topic: the W3C trace context ({@code 00-<trace id>-<parent span id>-<flags>}) of the
     * page it came from. Started where the page entered (drop, fetch, or the parser for a record without one);
     * each stage writes its own span id as the parent on what it sends on, dead letters included.
     */
    public static final String TRACEPARENT = "traceparent";
    /** Optional W3C vendor trace state; passed on unchanged with {@link #TRACEPARENT} when a record carries one. */
    public static final String TRACESTATE = "tracestate";

    /** On a dead letter: the stage that gave up on the record ({@code parser}, {@code enricher}, {@code indexer}). */
    public static final String DLQ_STAGE = "newsflow-dlq-stage";
    /** On a dead letter: a reason a person can read and act on. */
    public static final String DLQ_REASON = "newsflow-dlq-reason";
    /** On a dead letter: a short machine-readable reason code, e.g. {@code not-an-article}. */
    public static final String DLQ_REASON_CODE = "newsflow-dlq-reason-code";
    /** On a dead letter: the topic the record was read from. */
    public static final String DLQ_ORIGINAL_TOPIC = "newsflow-dlq-original-topic";

    private Headers() {
    }
}
