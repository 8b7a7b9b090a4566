package dev.newsflow.stack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and everything it started: SIGTERM to all, then SIGKILL to whatever outlives the grace period. */
final class ProcessTree {

    private ProcessTree() {
    }

    static void terminate(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        // collect children first: once the parent dies they are re-parented and no longer its descendants
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.addFirst(process);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : all) {
            long left = deadline - System.nanoTime();
            if (left > 0 && waitFor(p, left)) {
                continue;
            }
            p.destroyForcibly();
            waitFor(p, TimeUnit.SECONDS.toNanos(5));
        }
    }

    private static boolean waitFor(ProcessHandle p, long nanos) {
        CompletableFuture<ProcessHandle> exit = p.onExit();
        try {
            exit.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (ExecutionException e) {
            return !p.isAlive();
        }
    }
}
