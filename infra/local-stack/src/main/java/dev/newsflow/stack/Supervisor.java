package dev.newsflow.stack;

import dev.newsflow.stack.StackStatus.Part;
import dev.newsflow.stack.StackStatus.State;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps the stack's services running: when one exits without being asked to, it is started again after a backoff
 * that doubles with each restart in a row (1 s, 2 s, 4 s... up to a cap) and starts over once the service has stayed
 * healthy for a while; every exit and restart is said on the stack's progress output, and the state of every part
 * is kept in {@link StackStatus}'s file for {@code ./newsflow status}.
 */
public final class Supervisor implements AutoCloseable {

    /**
     * How long to wait before a restart.
     *
     * @param first        the wait before the first restart
     * @param max          the longest wait
     * @param healthyReset how long a service must stay up for its next crash to wait {@code first} again
     */
    public record Backoff(Duration first, Duration max, Duration healthyReset) {

        /** 1 s, 2 s, 4 s... at most 30 s; a service up for a minute starts again at 1 s. */
        public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

        /** The wait before restart number {@code inARow} (1-based) of a series with no healthy period between. */
        public Duration delay(int inARow) {
            Duration delay = first.multipliedBy(1L << Math.min(inARow - 1, 20));
            return delay.compareTo(max) > 0 ? max : delay;
        }
    }

    private final Backoff backoff;
    private final PrintWriter progress;
    private final Path statusFile;
    private final Map<String, Supervised> parts = new LinkedHashMap<>();
    private final Map<String, Part> unsupervised = new LinkedHashMap<>();
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("newsflow-supervisor").daemon().factory());
    private boolean closed;

    /** Writes the state of the parts to {@code statusFile} on every change and says what happens on {@code progress}. */
    public Supervisor(Backoff backoff, PrintWriter progress, Path statusFile) {
        this.backoff = backoff;
        this.progress = progress;
        this.statusFile = statusFile;
        writeStatus();
    }

    /**
     * Watches {@code process}, healthy now; when it exits without {@link ServiceProcess#close()}, {@code restart} starts
     * a new one and waits until it is healthy (throwing when it does not come up, which counts as another exit).
     */
    public synchronized void watch(String name, String url, ServiceProcess process, Supplier<ServiceProcess> restart) {
        Supervised part = new Supervised(name, url, restart);
        parts.put(name, part);
        part.running(process);
        writeStatus();
    }

    /** Lists a part the supervisor does not restart (the broker and the node), so status shows it. */
    public synchronized void list(String name, long pid, String url) {
        unsupervised.put(name, new Part(name, State.UP, pid, url, 0, null, false));
        writeStatus();
    }

    /** How {@code name} stands, if it is watched or listed. */
    public synchronized Optional<Part> part(String name) {
        return Optional.ofNullable(parts.get(name)).map(Supervised::part)
                .or(() -> Optional.ofNullable(unsupervised.get(name)).map(this::withLiveness));
    }

    /** Every part, the listed ones first. */
    public synchronized StackStatus status() {
        List<Part> all = new ArrayList<>(unsupervised.values().stream().map(this::withLiveness).toList());
        parts.values().forEach(p -> all.add(p.part()));
        return new StackStatus(ProcessHandle.current().pid(), Instant.now(), all);
    }

    private Part withLiveness(Part part) {
        boolean alive = ProcessHandle.of(part.pid()).map(ProcessHandle::isAlive).orElse(part.pid() == 0);
        return alive ? part : new Part(part.name(), State.STOPPED, part.pid(), part.url(), 0, null, false);
    }

    /** Stops restarting (a restart under way is interrupted); the processes themselves are their owner's to stop. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        restarts.shutdownNow();
        try {
            restarts.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            parts.values().forEach(p -> p.state = State.STOPPED);
            unsupervised.replaceAll((name, p) -> new Part(name, State.STOPPED, p.pid(), p.url(), 0, null, false));
            writeStatus();
        }
    }

    private synchronized void writeStatus() {
        try {
            status().write(statusFile);
        } catch (RuntimeException e) {
            // status is for the operator's eyes; a full disk must not stop the restarts
            say("  (cannot write %s: %s)", statusFile, e.getMessage());
        }
    }

    private void say(String format, Object... args) {
        progress.printf(format + "%n", args);
        progress.flush();
    }

    /** One watched service: its current process and its restart history. */
    private final class Supervised {
        private final String name;
        private final String url;
        private final Supplier<ServiceProcess> restart;
        private ServiceProcess current;
        private State state = State.UP;
        private int restartCount;
        private int inARow;
        private Integer lastExitCode;
        private long upSince;

        Supervised(String name, String url, Supplier<ServiceProcess> restart) {
            this.name = name;
            this.url = url;
            this.restart = restart;
        }

        /** Called with the supervisor's lock held. */
        void running(ServiceProcess process) {
            current = process;
            state = State.UP;
            upSince = System.nanoTime();
            process.process().onExit().thenRun(() -> exited(process));
        }

        Part part() {
            long pid = state == State.UP && current != null ? current.process().pid() : 0;
            return new Part(name, state, pid, url, restartCount, lastExitCode, true);
        }

        private void exited(ServiceProcess process) {
            synchronized (Supervisor.this) {
                if (closed || process != current) {
                    return;
                }
                if (process.isStopRequested()) {
                    state = State.STOPPED;
                    writeStatus();
                    return;
                }
                lastExitCode = process.exitCode();
                if (Duration.ofNanos(System.nanoTime() - upSince).compareTo(backoff.healthyReset()) >= 0) {
                    inARow = 0;
                }
                scheduleRestart("%s exited (code %d)".formatted(name, lastExitCode));
            }
        }

        /** Called with the supervisor's lock held. */
        private void scheduleRestart(String what) {
            inARow++;
            restartCount++;
            state = State.RESTARTING;
            current = null;
            Duration delay = backoff.delay(inARow);
            say("%s, restarting in %s (restart %d)", what, human(delay), restartCount);
            writeStatus();
            restarts.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void restart() {
            long begin = System.nanoTime();
            ServiceProcess process;
            try {
                process = restart.get();
            } catch (RuntimeException e) {
                synchronized (Supervisor.this) {
                    if (!closed) {
                        // a restart that does not come up is one more exit in the same series: the next wait is longer
                        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                        scheduleRestart("%s did not come back (%s)".formatted(name, first));
                    }
                }
                return;
            }
            synchronized (Supervisor.this) {
                if (closed) {
                    return;
                }
                say("%s healthy again after %.1f s (pid %d)", name, (System.nanoTime() - begin) / 1e9, process.process().pid());
                running(process);
                writeStatus();
            }
        }
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : "%.1f s".formatted(d.toMillis() / 1000.0);
    }
}
