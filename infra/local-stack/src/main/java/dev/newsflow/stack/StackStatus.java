package dev.newsflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a running stack ({@code ./newsflow up} or {@code demo}) says about its parts, in {@code <workDir>/stack.json}:
 * written by the {@link Supervisor} on every change, read by {@code ./newsflow status} from another process.
 *
 * @param pid       the process running the stack; when it is gone the file only tells how the stack last stood
 * @param updatedAt when the file was last written
 * @param parts     Kafka, Elasticsearch and each service, in start order
 */
public record StackStatus(long pid, Instant updatedAt, List<Part> parts) {

    /** The file's name under the stack's work directory. */
    public static final String FILE_NAME = "stack.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One part of the stack.
     *
     * @param name         {@code kafka}, {@code elasticsearch} or the service's module
     * @param state        {@link State}
     * @param pid          its process, 0 when none runs (restarting) or it was not started by the stack
     * @param url          where it answers (its health endpoint for a service), may be null
     * @param restarts     how often the supervisor restarted it since the stack started
     * @param lastExitCode the code of its last unplanned exit (137 after a {@code kill -9}), null if none
     * @param supervised   whether the stack restarts it when it dies (the services; not the broker and the node)
     */
    public record Part(String name, State state, long pid, String url, int restarts, Integer lastExitCode,
            boolean supervised) {
    }

    /** How a part stands. */
    public enum State {
        /** Its process runs (and a service answered its health check since it last started). */
        UP,
        /** It died and the supervisor is waiting for the backoff to end or for the new process to be healthy. */
        RESTARTING,
        /** Stopped on purpose (left out, stopped by the stack or by a caller). */
        STOPPED
    }

    /** Whether the process that runs the stack still runs (else the file is a stack's last word, not its state). */
    public boolean stackIsRunning() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Writes to {@code file} atomically, so a reader never sees half a file. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The status in {@code file}, or empty when no stack ever wrote one there. */
    public static Optional<StackStatus> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(file), StackStatus.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
