package dev.newsflow.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Running a server as an unprivileged system user when this JVM is root (Elasticsearch refuses root). */
final class RunAs {

    private RunAs() {
    }

    static boolean isRoot() {
        try {
            // /proc/self belongs to the uid this process runs as
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Creates the system user (no home, no login shell) unless it exists. */
    static synchronized void ensureUser(String user) {
        if (run(List.of("id", "-u", user)) == 0) {
            return;
        }
        int rc = run(List.of("useradd", "-M", "-r", "-s", "/usr/sbin/nologin", user));
        // 9: created meanwhile by another JVM
        if (rc != 0 && rc != 9) {
            throw new IllegalStateException("Cannot create the system user " + user + " (useradd exit code " + rc
                    + "); Elasticsearch refuses to run as root. Create it yourself: useradd -M -r -s /usr/sbin/nologin " + user);
        }
    }

    static void chownRecursively(String user, Path dir) {
        int rc = run(List.of("chown", "-R", user + ":" + user, dir.toString()));
        if (rc != 0) {
            throw new IllegalStateException("chown -R " + user + " " + dir + " failed with exit code " + rc);
        }
    }

    /** Whether {@code user} can read {@code path} (every directory above it traversable, the file readable). */
    static boolean canRead(String user, Path path) {
        return run(List.of("runuser", "-u", user, "--", "test", "-r", path.toString())) == 0;
    }

    /** Whether {@code user} can enter {@code dir} (every directory above it traversable). */
    static boolean canEnter(String user, Path dir) {
        return run(List.of("runuser", "-u", user, "--", "test", "-x", dir.toString())) == 0;
    }

    /** Fails with a clear message when {@code user} cannot read one of the paths (e.g. a JDK under /root). */
    static void requireReadable(String user, List<Path> paths) {
        for (Path path : paths) {
            if (!canRead(user, path)) {
                throw new IllegalStateException(path + " is not readable by the user " + user + ", which runs Elasticsearch "
                        + "because it refuses root. Make it and its parent directories world-readable (chmod o+rx) or set "
                        + "JAVA_HOME / NEWSFLOW_HOME to a location under /usr, /opt or /work.");
            }
        }
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
