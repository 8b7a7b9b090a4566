package dev.newsflow.cli;

import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow tail [TOPIC]}: prints a topic's records as they arrive, without joining a consumer group. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Follow a topic (default " + Topics.ARTICLES_ENRICHED + "): key, value, and for dead-letter topics the "
                + "stage and reason headers. Reads without a consumer group, so it never moves anybody's offsets.")
public final class TailCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "TOPIC", defaultValue = Topics.ARTICLES_ENRICHED,
            description = "Topic to follow (default: ${DEFAULT-VALUE}). Topics: " + "news.pages.raw, news.articles.parsed, "
                    + "news.articles.enriched, news.articles.indexed, news.dlq.parser, news.dlq.enricher, news.dlq.indexer.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the newest.")
    boolean fromBeginning;

    @Option(names = {"-n", "--max"}, paramLabel = "N", description = "Exit after N records.")
    Integer max;

    @Option(names = "--idle-exit", paramLabel = "SECONDS",
            description = "Exit when no record arrived for this long (default: follow until Ctrl-C).")
    Integer idleExit;

    @Option(names = "--headers", description = "Print every header (dead-letter topics always show theirs).")
    boolean allHeaders;

    @Option(names = "--max-value", paramLabel = "CHARS", defaultValue = "4000",
            description = "Cut values longer than this (0: never; default: ${DEFAULT-VALUE}).")
    int maxValue;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-cli-tail");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer);
            // assign() instead of subscribe(): no group, no offsets committed, nothing to clean up afterwards
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position);
            spec.commandLine().getErr().printf("following %s on %s (%s; Ctrl-C to stop)%n", topic, kafka.bootstrap,
                    fromBeginning ? "from the beginning" : "new records only");
            boolean dlq = topic.startsWith("news.dlq.");
            int seen = 0;
            long lastRecord = System.nanoTime();
            while (max == null || seen < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> record : records) {
                    print(out, record, dlq);
                    lastRecord = System.nanoTime();
                    if (max != null && ++seen >= max) {
                        break;
                    }
                }
                out.flush();
                if (idleExit != null && System.nanoTime() - lastRecord > TimeUnit.SECONDS.toNanos(idleExit)) {
                    break;
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new IllegalStateException("Cannot reach Kafka at " + kafka.bootstrap + " (" + e.getMessage()
                    + "). Start the stack with ./newsflow up, or point --bootstrap at your broker.", e);
        }
        return 0;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("Topic " + topic + " does not exist on " + kafka.bootstrap
                    + ". Known topics: " + String.join(", ", consumer.listTopics(Duration.ofSeconds(10)).keySet().stream()
                    .filter(t -> !t.startsWith("__")).sorted().toList()));
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private void print(PrintWriter out, ConsumerRecord<String, byte[]> record, boolean dlq) {
        out.printf("--- %s-%d@%d  %s  key=%s%n", record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), record.key());
        for (Header header : record.headers()) {
            boolean dlqHeader = header.key().startsWith("newsflow-dlq-") || header.key().equals(Headers.URL);
            if (allHeaders || (dlq && dlqHeader)) {
                out.printf("%s: %s%n", header.key(), header.value() == null ? "" : text(header.value(), 0));
            }
        }
        out.println(text(record.value(), maxValue));
    }

    /** The value as text, or a note for binary data (a poison message on a dead-letter topic, say). */
    static String text(byte[] value, int limit) {
        if (value == null) {
            return "(null)";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return "(" + value.length + " bytes of binary data)";
        }
        if (limit > 0 && text.length() > limit) {
            return text.substring(0, limit) + "... (" + (text.length() - limit) + " more characters; --max-value 0 shows all)";
        }
        return text;
    }
}
