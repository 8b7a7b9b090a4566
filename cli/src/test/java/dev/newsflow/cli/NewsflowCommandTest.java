package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewsflowCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = NewsflowCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void dropOfAMissingFileSaysWhichFileAndFails() {
        Run run = run("drop", "does-not-exist.html", "--bootstrap", "127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("newsflow drop: File not found: does-not-exist.html");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void upRefusesToScaleTheFetcherOrAnUnknownServiceBeforeStartingAnything() {
        Run fetcher = run("up", "--scale", "parser=2,fetcher=2");
        Run unknown = run("up", "--scale", "parsers=2");

        assertThat(fetcher.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(fetcher.err()).contains("only the parser, the enricher and the indexer can be scaled, not fetcher");
        assertThat(unknown.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(unknown.err()).contains("no service named 'parsers'");
    }

    @Test
    void dropWithoutAFileIsAUsageError() {
        Run run = run("drop");

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("Missing required parameter").contains("FILE|DIR");
    }

    @Test
    void searchWithoutAQueryIsAUsageError() {
        Run run = run("search");

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("QUERY");
    }

    @Test
    void searchExplainsWhenElasticsearchIsNotRunning() {
        Run run = run("search", "Putin", "--es", "http://127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.SOFTWARE);
        assertThat(run.err()).contains("Cannot reach Elasticsearch at http://127.0.0.1:1").contains("./newsflow up");
    }

    @Test
    void crawlCommandsExplainWhenTheFetcherIsNotRunning() {
        for (String[] args : new String[][] {{"feeds"}, {"sitemaps", "https://example.com/sitemap.xml"},
                {"fetch", "https://example.com/news/1"}, {"status", "https://example.com/news/1"}}) {
            String[] withFetcher = java.util.Arrays.copyOf(args, args.length + 2);
            withFetcher[args.length] = "--fetcher";
            withFetcher[args.length + 1] = "http://127.0.0.1:1";
            Run run = run(withFetcher);

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(CommandLine.ExitCode.SOFTWARE);
            assertThat(run.err()).contains("the fetcher does not answer at http://127.0.0.1:1").contains("./newsflow up");
        }
    }

    @Test
    void benchIndexAndReindexAreRegistered() {
        CommandLine cli = NewsflowCommand.commandLine();
        assertThat(cli.getSubcommands()).containsKeys("reindex", "fetch", "feeds", "sitemaps", "status");
        assertThat(cli.getSubcommands().get("bench").getSubcommands()).containsKeys("fetch", "index");
    }

    @Test
    void groupCommandsWithoutASubcommandSayWhatIsMissing() {
        Run run = run("eval");

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("Missing subcommand");
    }

    @Test
    void unknownCommandsAreRejected() {
        Run run = run("frobnicate");

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void offersEveryStageCommandUnderItsGroup() {
        CommandLine cli = NewsflowCommand.commandLine();
        assertThat(cli.getSubcommands()).containsKeys("parse", "enrich", "reindex", "eval", "bench", "train");
        assertThat(cli.getSubcommands().get("eval").getSubcommands())
                .containsOnlyKeys("extract", "score-extract", "ner", "score-ner", "ner-cv", "topics");
        assertThat(cli.getSubcommands().get("bench").getSubcommands())
                .containsOnlyKeys("fetch", "parse", "enrich", "index", "pipeline", "trace", "drift", "facets");
        assertThat(cli.getSubcommands().get("train").getSubcommands()).containsOnlyKeys("ner", "topics");
    }
}
