package dev.newsflow.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
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
            ModuleCommands.ReindexCommand.class,
            NewsflowCommand.EvalCommand.class,
            NewsflowCommand.BenchCommand.class,
            NewsflowCommand.TrainCommand.class,
            CommandLine.HelpCommand.class
        })
public final class NewsflowCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The offline commands the stage modules provide (contracts.md): group ("" for top level), name, class.
     * Looked up by name so this module builds and runs whichever of them its parser and enricher jars hold.
     */
    static final List<String[]> STAGE_COMMANDS = List.of(
            new String[] {"", "parse", "dev.newsflow.parser.cli.ParseCommand"},
            new String[] {"", "enrich", "dev.newsflow.enricher.cli.EnrichCommand"},
            new String[] {"eval", "extract", "dev.newsflow.parser.cli.EvalExtractCommand"},
            new String[] {"eval", "score-extract", "dev.newsflow.parser.cli.ScoreExtractCommand"},
            new String[] {"eval", "ner", "dev.newsflow.enricher.cli.EvalNerCommand"},
            new String[] {"eval", "score-ner", "dev.newsflow.enricher.cli.ScoreNerCommand"},
            new String[] {"bench", "parse", "dev.newsflow.parser.cli.BenchParseCommand"},
            new String[] {"bench", "enrich", "dev.newsflow.enricher.cli.BenchEnrichCommand"},
            new String[] {"train", "ner", "dev.newsflow.enricher.cli.TrainNerCommand"});

    /** The command line with its error handling: one clear line for expected failures, a trace only on request. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsflowCommand());
        for (String[] command : STAGE_COMMANDS) {
            stageCommand(command[2]).ifPresent(instance -> {
                CommandLine parent = command[0].isEmpty() ? cli : cli.getSubcommands().get(command[0]);
                // the name comes from the contract, so a command's own @Command name cannot clash
                parent.addSubcommand(command[1], instance);
            });
        }
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

    /** An instance of a stage module's command, or empty when that module's jar does not have it. */
    static Optional<Object> stageCommand(String className) {
        try {
            return Optional.of(Class.forName(className).getConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("Cannot create " + className + ": " + e, e);
        }
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** {@code newsflow eval ...}: quality evaluations of the extraction and the entity tagger. */
    @Command(name = "eval", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
            description = "Evaluate extraction and entity tagging against ground truth.")
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
            description = "Benchmark each stage: parse and enrich offline, fetch against local virtual hosts, index into Elasticsearch.",
            subcommands = {ModuleCommands.BenchFetchCommand.class, ModuleCommands.BenchIndexCommand.class})
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
            description = "Train models.")
    static final class TrainCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "Missing subcommand: one of " + spec.subcommands().keySet());
        }
    }
}
