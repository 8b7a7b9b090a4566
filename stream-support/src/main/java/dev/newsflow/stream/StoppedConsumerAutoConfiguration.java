package dev.newsflow.stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.event.ConsumerStoppedEvent;

/**
 * A stage whose Kafka consumer an {@link Error} stopped exits, so that whatever runs it (the local stack's supervisor,
 * compose's {@code restart: unless-stopped}) starts it again and says so. Spring Kafka stops a listener container on an
 * Error rather than pass it to the error handler: the service then lives on with health DOWN and consumes nothing,
 * which nobody restarts. An out-of-heap error already ends the JVM ({@code -XX:+ExitOnOutOfMemoryError}); this covers
 * the others (a stack overflow on a pathological record, a linkage error).
 */
@AutoConfiguration
public class StoppedConsumerAutoConfiguration {

    /** The exit code of a stage that stopped consuming on an Error (EX_SOFTWARE). */
    public static final int EXIT_CODE = 70;

    private static final Logger log = LoggerFactory.getLogger(StoppedConsumerAutoConfiguration.class);

    /** How the service ends; a test replaces it to see the call without ending its JVM. */
    @FunctionalInterface
    public interface ServiceExit {
        void exit(int code);
    }

    /** Closes the application context (consumers leave their groups, outputs flush), then ends the JVM. */
    @Bean
    @ConditionalOnMissingBean
    ServiceExit serviceExit(ConfigurableApplicationContext context) {
        // on a thread of its own: the context's close waits for the consumer thread that publishes the event
        return code -> Thread.ofPlatform().name("newsflow-exit").start(
                () -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    @Bean
    ApplicationListener<ConsumerStoppedEvent> exitWhenAConsumerStopsOnAnError(ServiceExit exit) {
        return event -> {
            if (event.getReason() == ConsumerStoppedEvent.Reason.ERROR) {
                log.error("A Kafka consumer of this stage stopped on an error ({}); exiting with code {} so that the "
                        + "stack restarts the service", event.getSource(), EXIT_CODE);
                exit.exit(EXIT_CODE);
            }
        };
    }
}
