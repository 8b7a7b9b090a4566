package dev.newsflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service module run as a child JVM the way the launcher and the end-to-end test run it:
 * {@code java -cp services/<module>/target/classes:<target/classpath.txt> <main class>}, output to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread shutdownHook;
    private final OrphanGuard guard;
    private volatile boolean stopRequested;

    private ServiceProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.guard = OrphanGuard.watch(process.pid());
        this.shutdownHook = new Thread(this::stopProcess, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        // a service that dies on its own (kill -9) needs neither: a supervised stack starts many over its life
        process.onExit().thenRun(this::release);
    }

    /**
     * The command line that runs {@code mainClass} of {@code services/<module>} from its build output:
     * {@code java <jvmArgs> -cp target/classes:<target/classpath.txt> <mainClass>}, with the JDK from {@link Jdk#find()}.
     *
     * @throws IllegalStateException when the module is not built (no target/classpath.txt)
     */
    public static List<String> javaCommand(RepoLayout repo, String module, String mainClass, List<String> jvmArgs) {
        Path moduleDir = repo.serviceModule(module);
        Path classes = moduleDir.resolve("target/classes");
        Path classpathFile = moduleDir.resolve("target/classpath.txt");
        if (!isBuilt(repo, module)) {
            throw new IllegalStateException("Module services/" + module + " is not built: " + classpathFile
                    + " is missing; run ./mvnw -DskipTests install first");
        }
        try {
            String dependencies = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
            List<String> command = new ArrayList<>();
            command.add(Jdk.find().javaExecutable().toString());
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", classes + (dependencies.isEmpty() ? "" : java.io.File.pathSeparator + dependencies),
                    mainClass));
            return command;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathFile, e);
        }
    }

    /** Whether {@code services/<module>} has the build output {@link #javaCommand} runs it from. */
    public static boolean isBuilt(RepoLayout repo, String module) {
        Path target = repo.serviceModule(module).resolve("target");
        return Files.isRegularFile(target.resolve("classpath.txt")) && Files.isDirectory(target.resolve("classes"));
    }

    /**
     * Starts {@code mainClass} of {@code services/<module>} with the JDK from {@link Jdk#find()}.
     *
     * @param jvmArgs extra JVM options, e.g. {@code -Xmx256m}
     * @param env     added to this JVM's environment (KAFKA_BOOTSTRAP_SERVERS, SERVER_PORT...)
     * @param logFile receives stdout and stderr (appended)
     * @throws IllegalStateException when the module is not built (no target/classpath.txt)
     */
    public static ServiceProcess start(RepoLayout repo, String module, String mainClass, List<String> jvmArgs,
            Map<String, String> env, Path logFile) {
        List<String> command = javaCommand(repo, module, mainClass, jvmArgs);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(repo.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            return new ServiceProcess(module, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start service " + module, e);
        }
    }

    /**
     * Waits until {@code healthUrl} answers 200.
     *
     * @throws IllegalStateException with the tail of the service log when the process dies or time runs out
     */
    public void awaitHealthy(URI healthUrl, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Service " + name + " exited with code " + process.exitValue()
                        + " before it was healthy.\n" + LogTail.of(logFile, 40));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Service " + name + " was not healthy at " + healthUrl + " within " + timeout
                        + " (last answer: " + last + ").\n" + LogTail.of(logFile, 40));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
    }

    /** The module name. */
    public String name() {
        return name;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Whether {@link #close()} was called: an exit after that is a stop, not a crash. */
    public boolean isStopRequested() {
        return stopRequested;
    }

    /** The exit code (137 after a {@code kill -9}: 128 + the signal). */
    public int exitCode() {
        return process.exitValue();
    }

    /** SIGTERM (Spring and Micronaut shut down gracefully), SIGKILL after 15 s. */
    @Override
    public void close() {
        stopProcess();
        release();
    }

    private void release() {
        guard.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private void stopProcess() {
        stopRequested = true;
        guard.close();
        ProcessTree.terminate(process.toHandle(), STOP_GRACE);
    }
}
