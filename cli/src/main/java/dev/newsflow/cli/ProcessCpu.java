package dev.newsflow.cli;

import dev.newsflow.stack.ResidentMemory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time and resident memory of named processes (each with its children, such as Elasticsearch's native
 * controller; this JVM without them), read from the operating system: the honest cost of a run on a machine others
 * share.
 */
final class ProcessCpu {

    private final Map<String, ProcessHandle> processes;
    /**
     * Each process's children, looked up once (a lookup reads every process's status, too dear to repeat); none for
     * this JVM, whose children are the stack it may have started, each measured on its own.
     */
    private final Map<String, List<ProcessHandle>> children = new LinkedHashMap<>();

    ProcessCpu(Map<String, ProcessHandle> processes) {
        this.processes = new LinkedHashMap<>(processes);
        processes.forEach((name, process) -> children.put(name,
                process.equals(ProcessHandle.current()) ? List.of() : process.descendants().toList()));
    }

    /** User plus system CPU time used so far by each process and its descendants. */
    Map<String, Duration> snapshot() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        processes.forEach((name, process) -> cpu.put(name, children.get(name).stream().map(ProcessCpu::cpu)
                .reduce(cpu(process), Duration::plus)));
        return cpu;
    }

    /** Resident memory of each process and its descendants, in MiB. */
    Map<String, Long> residentMiB() {
        Map<String, Long> rss = new LinkedHashMap<>();
        processes.forEach((name, process) -> rss.put(name, ResidentMemory.mib(process)
                + children.get(name).stream().mapToLong(ResidentMemory::mib).sum()));
        return rss;
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
