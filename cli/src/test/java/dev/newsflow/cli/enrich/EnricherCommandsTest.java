package dev.newsflow.cli.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.extract.ParseCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.newsflow.cli.extract.ParseCommand;
import picocli.CommandLine;

/** The enricher's picocli commands run as the newsflow CLI runs them. */
class EnricherCommandsTest {

    private static String stdout(Supplier<Integer> run, int expectedExit) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(run.get()).isEqualTo(expectedExit);
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void enrichesJsonLinesOneOutputLineEach(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("articles.jsonl");
        Files.writeString(in, """
                {"headline":"Merkel visits Paris","body":"German Chancellor Angela Merkel met French officials in Paris on Monday.","section":["World","Europe"]}
                {"headline":"Arsenal win","body":"Arsenal beat Chelsea 2-1 in the Premier League match at the stadium.","url":"https://example.org/sport/football/arsenal-win"}
                """);
        String out = stdout(() -> new CommandLine(new EnrichCommand()).execute("--jsonl", in.toString()), 0);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"name\":\"Angela Merkel\"", "\"PERSON\"", "world/europe");
        assertThat(lines.get(1)).contains("\"slug\":\"sport\"", "sport/football");
    }

    @Test
    void enrichesJsonLinesFromStandardInput() {
        java.io.InputStream saved = System.in;
        System.setIn(new java.io.ByteArrayInputStream("""
                {"headline":"Putin meets Bush","body":"Russian President Vladimir Putin met George W Bush in Texas."}
                not json
                """.getBytes(StandardCharsets.UTF_8)));
        try {
            String out = stdout(() -> new CommandLine(new EnrichCommand()).execute("--jsonl", "-"), 1);
            assertThat(out.lines().toList()).singleElement().asString()
                    .contains("\"name\":\"Vladimir Putin\"", "\"name\":\"George W Bush\"");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void enrichesAParsedArticleFileUsingItsCaptions(@TempDir Path dir) throws Exception {
        // as a user would: ./newsflow parse seed.txt --url ... > seed.json, then ./newsflow enrich seed.json
        Path page = dir.resolve("seed.txt");
        try (var seed = getClass().getResourceAsStream("/samples/bbc-2001-bush-putin.txt")) {
            Files.copy(seed, page);
        }
        Path in = dir.resolve("seed.json");
        Files.writeString(in, stdout(() -> new CommandLine(new ParseCommand())
                .execute(page.toString(), "--url", "http://news.bbc.co.uk/2/hi/americas/1611000.stm"), 0));
        String out = stdout(() -> new CommandLine(new EnrichCommand()).execute(in.toString()), 0);
        var enriched = dev.newsflow.model.Events.fromJson(out.strip(), dev.newsflow.model.EnrichedArticle.class);
        assertThat(enriched.article().images()).hasSize(4);
        // "Donald Rumsfeld" is written only in a caption
        assertThat(enriched.entities()).extracting(dev.newsflow.model.Entity::name)
                .contains("George W Bush", "Vladimir Putin", "Donald Rumsfeld");
        assertThat(enriched.sectionTags()).containsExactly("world", "world/americas");
    }

    @Test
    void evalNerWritesTokensWithPredictedTagsAndScoreNerScoresThem(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.txt");
        Files.writeString(gold, """
                -DOCSTART- O

                Vladimir B-PER
                Putin I-PER
                visited O
                Moscow B-LOC
                . O

                Putin B-PER
                spoke O
                . O
                """);
        Path pred = dir.resolve("pred.txt");
        assertThat(new CommandLine(new EvalNerCommand()).execute("--input", gold.toString(), "--output",
                pred.toString())).isZero();
        List<String> lines = Files.readAllLines(pred);
        assertThat(lines.getFirst()).isEqualTo("-DOCSTART- O");
        assertThat(lines).contains("Vladimir B-PER", "Putin I-PER", "Moscow B-LOC");
        String report = stdout(() -> new CommandLine(new ScoreNerCommand()).execute("--predictions",
                pred.toString(), "--gold", gold.toString()), 0);
        assertThat(report).contains("ALL").contains("F1 100.00");
    }

    @Test
    void trainNerTrainsASmallModelThatLoads(@TempDir Path dir) throws Exception {
        Path train = dir.resolve("train.txt");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append("John B-PER\nSmith I-PER\nvisited O\nBerlin B-LOC\n. O\n\n");
        }
        Files.writeString(train, sb);
        Path clusters = dir.resolve("clusters.tsv.gz");
        try (var w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(clusters)),
                StandardCharsets.UTF_8)) {
            w.write("john\t1\t0\nsmith\t2\t0\nberlin\t3\t1\n");
        }
        Path model = dir.resolve("m.bin.gz");
        String out = stdout(() -> new CommandLine(new TrainNerCommand()).execute("--train", train.toString(),
                "--dev", train.toString(), "--wikigold", "none", "--clusters", clusters.toString(), "--epochs", "2",
                "--output", model.toString()), 0);
        assertThat(out).contains("training time", "ALL", "word clusters: 3 words",
                "feature extensions: wide-clusters,prev-cluster,geo-cities,truecase");
        assertThat(Files.size(model)).isPositive();
        assertThat(dev.newsflow.enricher.ner.NerTagger.load(model).tag(new String[] {"John", "Smith", "visited",
                "Berlin", "."})).containsExactly("B-PER", "I-PER", "O", "B-LOC", "O");
    }

    @Test
    void evalTopicsPrintsTheLexiconAndTheLearntClassifierSideBySide(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("tiny.tsv");
        Files.writeString(in, """
                # two labelled documents
                sport\tRovers win the derby\tThe striker scored twice and the goalkeeper saved a penalty in the league match.
                politics\tParliament votes on the budget\tMPs voted after the prime minister told parliament the opposition had no plan.
                """);
        String out = stdout(() -> new CommandLine(new EvalTopicsCommand()).execute("--input", in.toString()), 0);
        assertThat(out).contains("lexicon", "learnt (model 0.30 descriptor 0.30 x50)", "accuracy 100.0 % (2 documents)", "confusions");
    }

    @Test
    void evalTopicsRejectsAMalformedFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.tsv");
        Files.writeString(in, "sport only one column\n");
        CommandLine cli = new CommandLine(new EvalTopicsCommand());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--input", in.toString())).isNotZero();
        assertThat(err.toString()).contains("expected slug<TAB>headline<TAB>text");
    }

    @Test
    void evalTopicsLeavesASourceOutWithOneFoldAndExtraTrainingFiles(@TempDir Path dir) throws Exception {
        Path test = dir.resolve("test.tsv");
        Path train = dir.resolve("train.tsv");
        Files.writeString(test, "sport\tCup final\tThe striker scored in the final and the goalkeeper saved a penalty.\n");
        Files.writeString(train, """
                sport\tLeague match\tThe midfielder and the striker scored as the club won the league match at the stadium.
                politics\tVote in parliament\tMPs voted on the bill after the minister spoke in parliament before the election.
                """);
        String out = stdout(() -> new CommandLine(new EvalTopicsCommand()).execute("--input", test.toString(),
                "--cross-validate", "--folds", "1", "--extra", train.toString(), "--gmb", "none", "--cutoff", "1",
                "--weights", "0.2"), 0);
        assertThat(out).contains("0 weak texts", "and 2 documents of", "lexicon", "model 0.20 descriptor 0.00 x0",
                "(1 documents)");
    }

    @Test
    void crossValidatesTopicBlendsWithAndWithoutClusterFeatures(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("labelled.tsv");
        Files.writeString(in, """
                sport\tCup final tonight\tThe goalkeeper and the midfielder trained before the match at the stadium.
                sport\tRecord sprint\tThe sprinter won the 100 metres at the championship.
                economy-business-finance\tProfits rise\tShareholders cheered as the firm's profits and sales rose.
                economy-business-finance\tRates held\tThe central bank kept interest rates unchanged as inflation eased.
                science-technology\tNew handset\tThe phone maker released a handset with a faster chip and new software.
                science-technology\tPatch released\tThe company fixed a security flaw in its operating system.
                """);
        for (String clusters : List.of("true", "false")) {
            String out = stdout(() -> new CommandLine(new EvalTopicsCommand()).execute("--input", in.toString(),
                    "--cross-validate", "--folds", "2", "--gmb", "none", "--cutoff", "1", "--clusters", clusters,
                    "--weights", "0.3", "--descriptor-weights", "0,0.3", "--sharpness", "50"), 0);
            assertThat(out).contains("lexicon ", "model 0.30 descriptor 0.00 x0 ", "model 0.30 descriptor 0.30 x50 ",
                    "(6 documents)");
        }
    }
}
