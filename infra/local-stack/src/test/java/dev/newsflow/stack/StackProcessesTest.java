package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackProcessesTest {

    @TempDir
    Path workDir;

    @Test
    void aRecordedStackIsFoundByNameWithoutItsExitedProcesses() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put("kafka", ProcessHandle.current());
        processes.put("parser", exited.toHandle());

        StackProcesses.record(workDir, processes);

        assertThat(StackProcesses.find(workDir)).containsOnlyKeys("kafka")
                .containsEntry("kafka", ProcessHandle.current());
    }

    @Test
    void aStoppedStackLeavesNothingToFind() throws Exception {
        StackProcesses.record(workDir, Map.of("kafka", ProcessHandle.current()));

        StackProcesses.forget(workDir);

        assertThat(StackProcesses.find(workDir)).isEmpty();
        assertThat(Files.list(workDir)).isEmpty();
    }
}
