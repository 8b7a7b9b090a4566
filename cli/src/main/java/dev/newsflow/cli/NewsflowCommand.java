package dev.newsflow.cli;

import dev.newsflow.cli.enrich.BenchEnrichCommand;
import dev.newsflow.cli.enrich.CrossValidateNerCommand;
import dev.newsflow.cli.enrich.EnrichCommand;
import dev.newsflow.cli.enrich.EvalNerCommand;
import dev.newsflow.cli.enrich.EvalTopicsCommand;
import dev.newsflow.cli.enrich.ScoreNerCommand;
import dev.newsflow.cli.enrich.TrainNerCommand;
import dev.newsflow.cli.enrich.TrainTopicsCommand;
import dev.newsflow.cli.extract.BenchParseCommand;
import dev.newsflow.cli.extract.EvalExtractCommand;
import dev.newsflow.cli.extract.ParseCommand;
import dev.newsflow.cli.extract.ScoreExtractCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code ./newsflow}: the root command; run the demo or the local stack, drop, tail, search, and the offline tools. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0-SNAPSHOT",
        description = "Pages in, searchable enriched articles out: fetcher -> parser -> enricher -> indexer over Kafka.",
        subcommands = {
            DemoCommand.class,
            UpCommand.class,
            DropCommand.class,
            TailCommand.class,
            ReplayCommand.class,
            SearchCommand.class,
            FetcherCommands.FetchCommand.class,
            FetcherCommands.FeedsCommand.class,
            FetcherCommands.SitemapsCommand.class,
            FetcherCommands.StatusCommand.class,
            TraceCommand.class,
            ParseCommand.class,
            EnrichCommand.class,
            IndexCommands.ReindexCommand.class,
            NewsflowCommand.EvalCommand.class,
            NewsflowCommand.BenchCommand.class,
            NewsflowCommand.TrainCommand.class,
            CommandLine.HelpCommand.class
        })
public final class NewsflowCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: one clear line for expected failures, a trace only on request. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsflowCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String name = commandLine.getCommandSpec().qualifiedName();
            err.println(name + ": " + message(e));
            if (System.getenv("NEWSFLOW_DEBUG") != null) {
                e.printStackTrace(err);
            } else if (!(e instanceof IllegalArgumentException) && !(e instanceof IllegalStateException)) {
                err.println("(NEWSFLOW_DEBUG=1 shows the stack trace)");
            }
            err.flush();
            // a mistake in what was asked (a missing file...) is a usage error, like picocli's own
            return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        });
        return cli;
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** {@code newsflow eval ...}: quality evaluations of the extraction and the entity tagger. */
    @Command(name = "eval", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
            description = "Evaluate extraction, entity tagging and topics against ground truth.",
            subcommands = {EvalExtractCommand.class, ScoreExtractCommand.class, EvalNerCommand.class, ScoreNerCommand.class,
                CrossValidateNerCommand.class, EvalTopicsCommand.class})
    static final class EvalCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "Missing subcommand: one of " + spec.subcommands().keySet());
        }
    }

    /** {@code newsflow bench ...}: throughput benchmarks of the plain stage classes, without a broker. */
    @Command(name = "bench", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
            description = "Benchmark each stage: parse and enrich offline, fetch against local virtual hosts, index into Elasticsearch;"
                    + " and the whole pipeline on the local stack.",
            subcommands = {FetcherCommands.BenchFetchCommand.class, BenchParseCommand.class, BenchEnrichCommand.class,
                IndexCommands.BenchIndexCommand.class, BenchPipelineCommand.class, BenchTraceCommand.class,
                BenchDriftCommand.class, BenchFacetsCommand.class})
    static final class BenchCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "Missing subcommand: one of " + spec.subcommands().keySet());
        }
    }

    /** {@code newsflow train ...}: trains models (the entity tagger). */
    @Command(name = "train", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
            description = "Train models.",
            subcommands = {TrainNerCommand.class, TrainTopicsCommand.class})
    static final class TrainCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "Missing subcommand: one of " + spec.subcommands().keySet());
        }
    }
}
