package dev.newsflow.cli;

import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a service module's own command-line entry point (a benchmark, the reindexer) in a child JVM on that module's
 * classpath, with this terminal as its input and output. The CLI does not carry Micronaut or the Elasticsearch client
 * on its own classpath; the modules that own that code run it, as the services themselves are run.
 */
final class ModuleMain {

    private ModuleMain() {
    }

    /**
     * Runs {@code mainClass} of {@code services/<module>} to completion.
     *
     * @return the child's exit code
     * @throws IllegalStateException when the module is not built
     */
    static int run(RepoLayout repo, String module, String mainClass, List<String> jvmArgs, List<String> args,
            Map<String, String> env) {
        List<String> command = new ArrayList<>(ServiceProcess.javaCommand(repo, module, mainClass, jvmArgs));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(repo.root().toFile()).inheritIO();
            builder.environment().putAll(env);
            Process process = builder.start();
            // Ctrl-C reaches the child too (same process group); this only covers our own exit paths
            Thread stop = new Thread(process::destroy, "stop-" + module);
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                return process.waitFor();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + mainClass + " ran", e);
        }
    }
}
