package dev.newsflow.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints start time, resident memory and stop time of a local broker and node (not a test: run by hand, see
 * the module's README section in the report). Memory is VmRSS of the server JVM right after it became ready.
 */
public final class StackFigures {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("newsflow-figures-");
        try {
            try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"), 0)) {
                System.out.printf("kafka: started in %d ms, RSS %d MiB%n", kafka.startupTime().toMillis(),
                        ResidentMemory.mib(kafka.process()));
                long t = System.nanoTime();
                kafka.close();
                System.out.printf("kafka: stopped in %d ms%n", (System.nanoTime() - t) / 1_000_000);
            }
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            try (LocalElasticsearch es = LocalElasticsearch.start(dir.resolve("es"), 0)) {
                System.out.printf("elasticsearch: started in %d ms, RSS %d MiB%n", es.startupTime().toMillis(),
                        ResidentMemory.mib(es.process().orElseThrow()));
                long t = System.nanoTime();
                es.stop();
                System.out.printf("elasticsearch: stopped in %d ms%n", (System.nanoTime() - t) / 1_000_000);
                es.start();
                System.out.printf("elasticsearch: restarted in %d ms%n", es.startupTime().toMillis());
            }
        } finally {
            ElasticsearchDistribution.deleteRecursively(dir);
        }
    }
}
