package dev.newsflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processes of a running stack by name, in {@code <workDir>/stack.pids}, so that another command (
 * {@code ./newsflow bench pipeline} next to {@code ./newsflow up}) can read their CPU time and memory.
 */
public final class StackProcesses {

    private static final String FILE = "stack.pids";

    private StackProcesses() {
    }

    /** Writes {@code processes} (one {@code name pid} line each) for {@link #find}. */
    static void record(Path workDir, Map<String, ProcessHandle> processes) {
        StringBuilder lines = new StringBuilder();
        processes.forEach((name, process) -> lines.append(name).append(' ').append(process.pid()).append('\n'));
        try {
            Files.writeString(workDir.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + workDir.resolve(FILE), e);
        }
    }

    /** Removes the file when the stack stops. */
    static void forget(Path workDir) {
        try {
            Files.deleteIfExists(workDir.resolve(FILE));
        } catch (IOException e) {
            // a stale file names dead pids, which find() skips
        }
    }

    /** The processes of the stack that runs from {@code workDir}, those still alive; empty when none was recorded. */
    public static Map<String, ProcessHandle> find(Path workDir) {
        Path file = workDir.resolve(FILE);
        Map<String, ProcessHandle> alive = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return alive;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                List<String> parts = List.of(line.trim().split("\\s+"));
                if (parts.size() == 2) {
                    Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts.get(1)));
                    process.filter(ProcessHandle::isAlive).ifPresent(p -> alive.put(parts.get(0), p));
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return alive;
    }
}
