package dev.newsflow.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resident memory of a process, from Linux's {@code /proc}, for the figures the launcher and the benchmarks print. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /** VmRSS of {@code process} in MiB; 0 where there is no {@code /proc} or the process is gone. */
    public static long mib(ProcessHandle process) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            Optional<String> line = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:")).findFirst();
            return line.map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
