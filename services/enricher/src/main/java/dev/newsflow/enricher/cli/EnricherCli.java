package dev.newsflow.enricher.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the enricher's commands without the newsflow CLI module, from a plain classpath:
 * {@code java -cp ... dev.newsflow.enricher.cli.EnricherCli train-ner}. The newsflow CLI registers the same
 * classes under its {@code eval}, {@code bench} and {@code train} groups.
 */
@Command(name = "enricher-cli", mixinStandardHelpOptions = true,
        description = "The enricher's commands: enrich, eval-ner, score-ner, bench-enrich, train-ner.")
public class EnricherCli {

    /** The command line with every enricher command under a unique name. */
    public static CommandLine commandLine() {
        return new CommandLine(new EnricherCli())
                .addSubcommand("enrich", new EnrichCommand())
                .addSubcommand("eval-ner", new EvalNerCommand())
                .addSubcommand("score-ner", new ScoreNerCommand())
                .addSubcommand("bench-enrich", new BenchEnrichCommand())
                .addSubcommand("train-ner", new TrainNerCommand());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
