package dev.newsflow.messaging;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * The {@code newsflow_*} series one stage reports: records in and out, dead letters by reason code, and the time
 * one record (or one batch) takes. Every stage meters through this class, so the series and their labels are named
 * in one place (README, "Operate"). Plain Micrometer: the Spring services hand it Boot's registry, the fetcher
 * Micronaut's, and the command line nothing ({@link #unmetered}).
 */
public final class PipelineMeters {

    /** Records a stage received, label {@code stage}; a record redelivered after a failure counts again. */
    public static final String RECORDS_IN = "newsflow.records.in";
    /** Records a stage finished and passed on (or, for the indexer, wrote or found already written). */
    public static final String RECORDS_OUT = "newsflow.records.out";
    /** Dead letters written, labels {@code stage} and {@code reason_code}. */
    public static final String DEAD_LETTERS = "newsflow.dead.letters";
    /** Time to process one record (the indexer: one batch), label {@code stage}, with histogram buckets. */
    public static final String PROCESSING = "newsflow.stage.processing";

    /** Label of the stage: {@code fetcher}, {@code parser}, {@code enricher}, {@code indexer}. */
    public static final String STAGE = "stage";
    /** Label of a dead letter's reason code ({@link DeadLetter#reasonCode()}). */
    public static final String REASON_CODE = "reason_code";

    private final MeterRegistry registry;
    private final String stage;
    private final Counter in;
    private final Counter out;
    private final Timer processing;

    /**
     * @param registry where the meters live
     * @param stage    the stage's name, as in its dead letters' {@code newsflow-dlq-stage} header
     */
    public PipelineMeters(MeterRegistry registry, String stage) {
        this.registry = requireNonNull(registry, "registry");
        this.stage = requireNonNull(stage, "stage");
        this.in = Counter.builder(RECORDS_IN).description("Records the stage received (redeliveries count again)")
                .tag(STAGE, stage).register(registry);
        this.out = Counter.builder(RECORDS_OUT).description("Records the stage finished and passed on")
                .tag(STAGE, stage).register(registry);
        this.processing = Timer.builder(PROCESSING).description("Time the stage took per record (indexer: per batch)")
                .tag(STAGE, stage).publishPercentileHistogram().register(registry);
    }

    /** Meters that record nothing: for a stage run outside a service (the command line, benchmarks, tests). */
    public static PipelineMeters unmetered(String stage) {
        return new PipelineMeters(new CompositeMeterRegistry(), stage);
    }

    /** The registry these meters live in, for a stage's own series. */
    public MeterRegistry registry() {
        return registry;
    }

    public String stage() {
        return stage;
    }

    /** {@code count} records received. */
    public void received(int count) {
        in.increment(count);
    }

    /** {@code count} records passed on. */
    public void passedOn(int count) {
        out.increment(count);
    }

    /** One dead letter written, with its reason code. */
    public void deadLettered(String reasonCode) {
        Counter.builder(DEAD_LETTERS).description("Dead letters written, by stage and reason code")
                .tag(STAGE, stage).tag(REASON_CODE, reasonCode).register(registry).increment();
    }

    /** The processing-time timer. */
    public Timer processing() {
        return processing;
    }
}
