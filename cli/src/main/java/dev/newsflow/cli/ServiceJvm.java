package dev.newsflow.cli;

import dev.newsflow.stack.PipelineStack;
import dev.newsflow.stack.Service;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a stage benchmark runs: by default in a child JVM started with the options the stack gives that stage's
 * service ({@link PipelineStack#jvmArgs}: the serial collector, the service's heap limit), so {@code bench parse} and
 * {@code bench enrich} measure the stage as it runs in the pipeline. The CLI's own JVM is another one: G1 and a heap
 * of a quarter of the machine's memory, whose growth during the measured passes (first-touch page faults, charged to
 * the measuring thread) and G1's barriers and concurrent threads (and, then, ten warm-up passes) made the same
 * extractor read ~30 % more CPU per page in the measuring thread, and about twice as much in the whole JVM, as in the
 * parser service's JVM (BENCHMARKS.md, "Parse speed"). {@code --jvm cli} measures in the CLI's JVM, e.g. with a
 * profiler started by {@code NEWSFLOW_JAVA_OPTS}.
 */
public final class ServiceJvm {

    /** The option that chooses, as each stage benchmark declares it. */
    public static final String OPTION = "--jvm";

    /** The option's values: the service's JVM (a child process) or the CLI's. */
    public enum Where { service, cli }

    private ServiceJvm() {
    }

    /**
     * Runs the command of {@code spec} with the same arguments and {@code --jvm cli} in a child JVM with
     * {@code service}'s options; the child's output goes to the command's, its errors to this process's. Returns its
     * exit code.
     */
    public static int rerunAs(Service service, CommandSpec spec) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(PipelineStack.jvmArgs(service));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ServiceJvm.class.getName());
        command.add(spec.userObject().getClass().getName());
        for (String arg : ownArguments(spec)) {
            if (!arg.equals(OPTION + "=" + Where.service)) {
                command.add(arg);
            }
        }
        command.add(OPTION + "=" + Where.cli);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                out.println(line);
                out.flush();
            }
        }
        return child.waitFor();
    }

    /**
     * The arguments given to this command: the command line after the names of the commands that lead to it
     * ({@code bench parse}); the root command takes no options of its own but help and version, which never get here.
     */
    private static List<String> ownArguments(CommandSpec spec) {
        List<String> path = new ArrayList<>();
        for (CommandSpec s = spec; s.parent() != null; s = s.parent()) {
            path.addFirst(s.name());
        }
        List<String> all = spec.root().commandLine().getParseResult().originalArgs();
        if (!all.subList(0, Math.min(path.size(), all.size())).equals(path)) {
            throw new IllegalStateException("expected the command line to start with " + path + ": " + all);
        }
        List<String> own = new ArrayList<>(all.subList(path.size(), all.size()));
        // "--jvm service" as two words: drop both, the child is told --jvm=cli
        for (int i = own.indexOf(OPTION); i >= 0; i = own.indexOf(OPTION)) {
            own.remove(i);
            if (i < own.size()) {
                own.remove(i);
            }
        }
        return own;
    }

    /** A line saying which JVM measured: its collectors and heap limit. */
    public static String describeThisJvm() {
        String collectors = String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        return "JVM: " + collectors + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    /** The child's entry point: {@code COMMAND-CLASS ARGS...}, the command run as picocli runs it. */
    public static void main(String[] args) throws ReflectiveOperationException {
        Object command = Class.forName(args[0]).getDeclaredConstructor().newInstance();
        System.exit(new CommandLine(command).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
}
