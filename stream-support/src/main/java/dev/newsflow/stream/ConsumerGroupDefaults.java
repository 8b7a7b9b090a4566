package dev.newsflow.stream;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Group membership settings every stage's consumers share, at lowest precedence: a key set in application.yml or
 * the environment ({@code spring.cloud.stream.kafka.binder.consumer-properties.*}) wins.
 *
 * <p>A 10 s session instead of the client's 45 s default. When a stage dies without leaving its group (SIGKILL, an
 * out-of-memory kill, a lost host), its partitions stay assigned to the dead member until the session expires, and
 * the restarted stage cannot take them over before that: with 45 s every page behind a crashed stage waited some 40 s
 * after the supervisor had restarted it in 4-10 s (BENCHMARKS.md, "Faults: the chaos suite"). Heartbeats come from
 * the consumer's own thread, so a long batch (the indexer waiting out Elasticsearch) does not end a session; only a
 * stalled JVM or network does, for longer than 10 s. Kafka's default was 10 s until 3.0 (KIP-735 raised it for
 * cloud networks that drop heartbeats); the broker accepts 6 s and more ({@code group.min.session.timeout.ms}).
 */
public class ConsumerGroupDefaults implements EnvironmentPostProcessor {

    private static final String CONSUMER_PROPERTIES = "spring.cloud.stream.kafka.binder.consumer-properties";

    /** The defaults, as property names and values. */
    static final Map<String, Object> DEFAULTS = Map.of(
            CONSUMER_PROPERTIES + "[session.timeout.ms]", 10_000,
            // a third of the session, as Kafka advises, so two lost heartbeats do not end it
            CONSUMER_PROPERTIES + "[heartbeat.interval.ms]", 3_000);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("newsflow-consumer-group-defaults", DEFAULTS));
    }
}
