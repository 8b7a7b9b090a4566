package dev.newsflow.stream;

import dev.newsflow.messaging.Causes;
import dev.newsflow.messaging.DeadLetter;
import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.messaging.ProducerSettings;
import dev.newsflow.messaging.TraceContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.SingleRecordHeader;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.util.backoff.BackOff;

/**
 * Moves retry and dead-lettering from the binder into each listener container, so that content errors
 * ({@link DeadLetterPolicy}) skip the retries and reach the binding's DLQ at once with newsflow's reason
 * headers, while infrastructure errors are retried with the binding's exponential backoff.
 *
 * <p>Why in the container and not the binder: the binder's in-memory retry cannot tell content from
 * infrastructure errors per exception type and sleeps inside one poll (a long outage then trips
 * {@code max.poll.interval.ms}); the container's {@link DefaultErrorHandler} re-seeks the record between
 * attempts, so the offset is committed only after success or after the dead letter was written. A failed
 * dead-letter write is itself retried, never skipped.
 */
public final class DeadLetterRouting implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRouting.class);

    private final DeadLetterPolicy policy;
    private final DefaultKafkaProducerFactory<byte[], byte[]> producerFactory;
    private final KafkaTemplate<byte[], byte[]> template;
    private final PipelineMeters meters;

    /**
     * @param policy             which errors are content errors, and the stage name for the headers
     * @param producerProperties Kafka producer settings for the dead-letter writer (bootstrap servers and
     *                           security), under {@link ProducerSettings#reliable()} and
     *                           {@link ProducerSettings#forDeadLetters()}: losing a dead letter would drop a record
     *                           without trace, and it must fit whatever the topic accepted
     * @param meters             where each dead letter written is counted, by reason code
     */
    public DeadLetterRouting(DeadLetterPolicy policy, Map<String, Object> producerProperties, PipelineMeters meters) {
        this.meters = meters;
        // A payload the binder could not even convert is as malformed as bad JSON (and spring-kafka never
        // retries it anyway): label it so rather than as exhausted retries.
        this.policy = policy.contentError(MessageConversionException.class, e -> DeadLetter.MALFORMED_EVENT);
        // Byte arrays: dead letters carry the original key and value untouched.
        this.producerFactory = new DefaultKafkaProducerFactory<>(ProducerSettings.reliable().forDeadLetters()
                .clientId(policy.stage() + "-dead-letters").over(producerProperties),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.template = new KafkaTemplate<>(producerFactory);
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        if (dlqDestinationResolver == null) {
            throw new IllegalStateException("consumer binding of '" + destinationName + "' (group " + group
                    + ") has no dead-letter topic: set spring.cloud.stream.kafka.bindings.<binding>.consumer"
                    + ".enable-dlq=true and dlq-name, or bad records would be dropped");
        }
        if (backOff == null) {
            throw new IllegalStateException("consumer binding of '" + destinationName + "' (group " + group
                    + ") does not retry: set spring.cloud.stream.bindings.<binding>.consumer.max-attempts > 1"
                    + " so that infrastructure errors are retried before a record is dead-lettered");
        }
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                // Partition -1: let the producer pick by key, so the DLQ needs no particular partition count.
                (rec, ex) -> new TopicPartition(dlqDestinationResolver.apply(rec, ex).topic(), -1));
        recoverer.setHeadersFunction((rec, ex) -> {
            DeadLetter letter = policy.deadLetter(rec.topic(), ex);
            // The dead letter continues the record's trace: the same trace id, this stage's span as its parent.
            TraceContext trace = traceOf(rec);
            try (TraceContext.LogScope logs = trace.inLogs()) {
                log.warn("{}: dead-lettering {}-{}@{} ({}): {}", policy.stage(), rec.topic(), rec.partition(),
                        rec.offset(), letter.reasonCode(), letter.reason());
            }
            // Single headers replace the ones a record dead-lettered before still carries (DeadLetter#writeTo).
            RecordHeaders headers = new RecordHeaders();
            letter.headers().forEach(h -> headers.add(new SingleRecordHeader(h.key(), h.value())));
            trace.headers().forEach((name, value) ->
                    headers.add(new SingleRecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            return headers;
        });
        // The readable reason is in newsflow's headers; a stack trace per rejected page is only noise.
        recoverer.excludeHeader(HeadersToAdd.EX_STACKTRACE);

        // Counted once the dead letter is acknowledged: the recoverer throws when the write fails (and it is retried).
        DefaultErrorHandler handler = new DefaultErrorHandler((rec, ex) -> {
            recoverer.accept(rec, ex);
            meters.deadLettered(policy.rejection(ex).reasonCode());
        }, backOff);
        handler.addNotRetryableExceptions(policy.contentErrorTypes().toArray(Class[]::new));
        // Commit a dead-lettered record's offset at once, so a restart does not dead-letter it twice.
        handler.setCommitRecovered(true);
        handler.setRetryListeners((rec, ex, attempt) -> {
            if (policy.contentError(ex).isEmpty()) {
                try (TraceContext.LogScope logs = traceOf(rec).inLogs()) {
                    log.warn("{}: attempt {} on {}-{}@{} failed: {}", policy.stage(), attempt,
                            rec.topic(), rec.partition(), rec.offset(), Causes.describeRoot(ex));
                }
            }
        });
        container.setCommonErrorHandler(handler);
    }

    /** The stage's trace context for a record it failed on: the same trace id {@link MeteredFunction} logged with. */
    private static TraceContext traceOf(ConsumerRecord<?, ?> rec) {
        return TraceContext.continueFrom(rec.headers(), rec.topic(), rec.partition(), rec.offset());
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }
}
