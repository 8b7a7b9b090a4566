package dev.newsflow.stack;

import java.io.IOException;
import java.util.List;

/**
 * A tiny {@code sh} watchdog that kills a server when this JVM dies without running its shutdown hooks (kill -9,
 * a crashed surefire fork): the watchdog's stdin is a pipe from this JVM, and end-of-file on it means we are gone.
 */
final class OrphanGuard implements AutoCloseable {

    private final Process watchdog;

    private OrphanGuard(Process watchdog) {
        this.watchdog = watchdog;
    }

    /** Guards {@code pid}; {@link #close()} before stopping the server normally. */
    static OrphanGuard watch(long pid) {
        // read blocks until EOF; SIGTERM first so Elasticsearch/Kafka shut down cleanly, SIGKILL if they linger
        String script = "read _ignored; kill -TERM " + pid + " 2>/dev/null; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; "
                + "do kill -0 " + pid + " 2>/dev/null || exit 0; sleep 1; done; kill -KILL " + pid + " 2>/dev/null";
        try {
            Process p = new ProcessBuilder(List.of("/bin/sh", "-c", script))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new OrphanGuard(p);
        } catch (IOException e) {
            // no /bin/sh: the shutdown hooks still cover every normal exit
            return new OrphanGuard(null);
        }
    }

    @Override
    public void close() {
        if (watchdog != null) {
            // kill, do not close its stdin: EOF would make it kill the server
            watchdog.destroyForcibly();
        }
    }
}
