package dev.newsflow.stream;

import static org.awaitility.Awaitility.await;

import dev.newsflow.model.Headers;
import dev.newsflow.stack.PrometheusScrape;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A stage's binding test seen from outside the stage's application: drops records on its input topic with a plain
 * KafkaProducer, reads its output and dead-letter topics with {@link TopicReader}s, and asks its /actuator/health.
 *
 * <p>Register it as a static {@code @RegisterExtension} field of a {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)} with {@code @EmbeddedKafka}. It connects before the first test, because the broker starts with the
 * Spring test context (after {@code @BeforeAll}), and closes after the last.
 */
public final class StageUnderTest implements BeforeEachCallback, AfterAllCallback {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String inputTopic;
    private final String outputTopic;
    private final String deadLetterTopic;
    private KafkaProducer<byte[], byte[]> producer;
    private TopicReader output;
    private TopicReader deadLetters;
    private URI health;
    private URI prometheus;
    private String brokers;

    /**
     * @param inputTopic      what the stage consumes
     * @param outputTopic     what it produces
     * @param deadLetterTopic where it dead-letters
     */
    public StageUnderTest(String inputTopic, String outputTopic, String deadLetterTopic) {
        this.inputTopic = inputTopic;
        this.outputTopic = outputTopic;
        this.deadLetterTopic = deadLetterTopic;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (producer != null) {
            return;
        }
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        brokers = application.getBean(EmbeddedKafkaBroker.class).getBrokersAsString();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new ByteArraySerializer(), new ByteArraySerializer());
        output = new TopicReader(brokers, outputTopic);
        deadLetters = new TopicReader(brokers, deadLetterTopic);
        String base = "http://localhost:" + application.getEnvironment().getRequiredProperty("local.server.port");
        health = URI.create(base + "/actuator/health");
        prometheus = URI.create(base + "/actuator/prometheus");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (producer != null) {
            producer.close();
            output.close();
            deadLetters.close();
            producer = null;
        }
    }

    /** Sends a record to the input topic ({@code key} and {@code value} may be null) and waits until the broker has it. */
    public void drop(String key, byte[] value, Map<String, String> headers) throws Exception {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(inputTopic,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get();
    }

    /**
     * Sends records to the input topic in one producer batch (a linger long enough to gather them, one flush), so
     * that they reach the broker as one record batch, which a consumer fetches whole: the stage gets them in one poll.
     */
    public void dropTogether(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        try (KafkaProducer<byte[], byte[]> batching = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.LINGER_MS_CONFIG, 1000,
                ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
            for (ProducerRecord<byte[], byte[]> record : records) {
                sent.add(batching.send(new ProducerRecord<>(inputTopic, null, record.key(), record.value(),
                        record.headers())));
            }
            batching.flush();
            for (java.util.concurrent.Future<?> ack : sent) {
                ack.get();
            }
        }
    }

    /** The brokers this stage is connected to. */
    public String brokers() {
        return brokers;
    }

    /** Every record so far on the output topic matching {@code filter}, in the order read (per partition, offset order). */
    public List<ConsumerRecord<byte[], byte[]>> outputs(Predicate<ConsumerRecord<byte[], byte[]>> filter) {
        return output.all(filter);
    }

    /** The first record on the output topic matching {@code filter}, waiting up to 30 s for it. */
    public ConsumerRecord<byte[], byte[]> awaitOutput(Predicate<ConsumerRecord<byte[], byte[]>> filter) {
        return await().atMost(WAIT).until(() -> output.find(filter), found -> found.isPresent()).orElseThrow();
    }

    /** The dead letter of the record dropped with {@code sourceMarker} in {@link Headers#SOURCE}, waiting up to 30 s. */
    public ConsumerRecord<byte[], byte[]> awaitDeadLetter(String sourceMarker) {
        return await().atMost(WAIT).until(
                () -> deadLetters.find(r -> sourceMarker.equals(TopicReader.header(r, Headers.SOURCE))),
                found -> found.isPresent()).orElseThrow();
    }

    /** Every dead letter so far matching {@code filter}. */
    public List<ConsumerRecord<byte[], byte[]>> deadLetters(Predicate<ConsumerRecord<byte[], byte[]>> filter) {
        return deadLetters.all(filter);
    }

    /** The stage's metrics now, as Prometheus scrapes them from /actuator/prometheus. */
    public PrometheusScrape metrics() throws Exception {
        return PrometheusScrape.from(prometheus);
    }

    /** The stage's answer to GET /actuator/health. */
    public HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
