package dev.newsflow.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Events;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class CommandsTest {

    @TempDir
    Path dir;

    private void copy(String fixture, Path target) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + fixture)) {
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    private static String run(Object command, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int rc = cl.execute(args);
        assertThat(rc).as("exit code of %s", command.getClass().getSimpleName()).isZero();
        return out.toString();
    }

    @Test
    void parsePrintsTheArticleAsJson() throws IOException {
        Path page = dir.resolve("seed.txt");
        copy("bbc-2001-bush-putin.txt", page);
        String json = run(new ParseCommand(), page.toString(), "--url", "http://news.bbc.co.uk/1611753.stm");
        JsonNode article = Events.mapper().readTree(json);
        assertThat(article.get("headline").asString()).isEqualTo("Bush and Putin's promising chemistry");
        assertThat(article.get("provenance").get("headline").asString()).isEqualTo("visible");
    }

    @Test
    void evalExtractWritesPredictionsThatScoreExtractScores() throws IOException {
        Path pages = dir.resolve("pages");
        copy("nytimes-1.html", pages.resolve("nytimes-1").resolve("source.html"));
        copy("bbc-2001-bush-putin.txt", pages.resolve("seed.txt"));
        Path predictions = dir.resolve("predictions.json");
        run(new EvalExtractCommand(), "--input", pages.toString(), "--output", predictions.toString());
        JsonNode pred = Events.mapper().readTree(Files.readString(predictions));
        assertThat(pred.get("nytimes-1").get("title").asString()).isEqualTo("United States to Lift Sudan Sanctions");
        assertThat(pred.get("seed").get("byline").asString()).isEqualTo("Stephen Mulvey");
        assertThat(pred.get("seed").get("publishedTime").asString()).isEqualTo("2001-10-21T18:52:00Z");

        // ground truth = our own output for the seed and a different text for nytimes: seed scores 1, nytimes 0
        Path truth = dir.resolve("truth.json");
        Files.writeString(truth, "{\"seed\": {\"articleBody\": " + Events.mapper().writeValueAsString(pred.get("seed").get("articleBody").asString())
                + ", \"title\": \"Bush and Putin's promising chemistry\", \"byline\": \"By Stephen Mulvey\","
                + " \"publishedTime\": \"2001-10-21T18:52:00Z\"},"
                + " \"nytimes-1\": {\"articleBody\": \"entirely different words than the page holds\", \"title\": \"Other\"}}");
        String report = run(new ScoreExtractCommand(), "--predictions", predictions.toString(), "--ground-truth",
                truth.toString(), "--n-bootstrap", "10");
        assertThat(report).contains("F1 0.500", "accuracy 0.500", "(n=2, missing=0, empty=0)");
        assertThat(report).contains("headline  50.0 % exact (1 of 2", "byline    100.0 % exact (1 of 1", "date      100.0 % exact (1 of 1");
    }

    @Test
    void benchParseReportsThroughputForOneAndAllThreads() throws IOException {
        Path pages = dir.resolve("bench");
        copy("bbc-2001-bush-putin.txt", pages.resolve("seed.txt"));
        String report = run(new BenchParseCommand(), pages.toString(), "--warmup", "1", "--passes", "2", "--threads", "2");
        assertThat(report).contains("1 thread", "2 threads", "pages/s", "MB/s", "p50", "p99", "peak heap", "in the whole JVM");
        // measured in a child JVM with the parser service's options, not in this test's JVM
        assertThat(report).contains("JVM: Copy + MarkSweepCompact, max heap ");
    }

    @Test
    void benchParseMeasuresInTheCallersJvmOnRequest() throws IOException {
        Path pages = dir.resolve("bench-here");
        copy("bbc-2001-bush-putin.txt", pages.resolve("seed.txt"));
        String report = run(new BenchParseCommand(), pages.toString(), "--warmup", "1", "--passes", "1", "--threads", "1",
                "--jvm", "cli");
        String collectors = String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
                .stream().map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        assertThat(report).contains("1 thread", "JVM: " + collectors + ", max heap");
    }
}
