package dev.newsflow.cli;

import picocli.CommandLine.Option;

/** Where the Kafka brokers are, for every command that reads or writes topics (README, Configuration). */
final class KafkaOptions {
    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrap;
}
