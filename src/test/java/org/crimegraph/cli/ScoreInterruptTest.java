package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.RunLock;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during {@code score --save}: a child JVM (same class path) runs the command on the sample
 * case with a sample size that keeps approximate betweenness busy for minutes; once its progress line
 * shows the computation under way, the test signals it with {@link Process#destroy()}. That sends
 * SIGTERM, not SIGINT; the JVM runs shutdown hooks for both and {@link CtrlC} handles them alike, so
 * this tests the Ctrl-C path. The child must exit with {@link ExitCodes#INTERRUPTED} soon after,
 * leaving no run (finished or not) in the store and the run lock free.
 */
class ScoreInterruptTest {

    @TempDir
    Path dir;

    @Test
    void interruptedSaveExits130ReleasesTheLockAndLeavesNoRun() throws Exception {
        Path store = dir.resolve("store");
        CliTest.Run ingest = CliTest.run("ingest", "sample-data", "--store", store.toString(),
                "--audit-log", dir.resolve("audit.log").toString(), "--rejects", dir.resolve("rejects.csv").toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        Path stderr = dir.resolve("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // ε = 0.0001 asks for hundreds of millions of sampled paths: many minutes of work even on this small case
        Process child = new ProcessBuilder(java, "-Xmx512m", "-Dcrimegraph.progress.millis=200", "-cp", System.getProperty("java.class.path"),
                CrimegraphCommand.class.getName(), "score", "--save", "--store", store.toString(),
                "--audit-log", dir.resolve("audit.log").toString(), "--threads", "1", "--epsilon", "0.0001",
                "--key-players", "0", "--top", "1")
                .redirectOutput(dir.resolve("child-stdout.txt").toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            // generous: on a loaded machine the child's JVM and store take a while to start
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!Files.readString(stderr, StandardCharsets.UTF_8).contains("approximate betweenness:")) {
                assertThat(child.isAlive()).as("child still running (stderr: %s)", Files.readString(stderr)).isTrue();
                assertThat(System.nanoTime()).as("progress line within ten minutes (stderr: %s)",
                        Files.readString(stderr)).isLessThan(deadline);
                Thread.sleep(100);
            }
            long signalled = System.nanoTime();
            child.destroy(); // SIGTERM: shutdown hooks run as for SIGINT
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended after the signal").isTrue();
            assertThat(child.exitValue()).as("exit code (stderr: %s)", Files.readString(stderr))
                    .isEqualTo(ExitCodes.INTERRUPTED);
            assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(Duration.ofSeconds(25));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        try (GraphStore graph = GraphStore.open(new StoreTarget.Embedded(store))) {
            ScoringRuns runs = new ScoringRuns(graph);
            assertThat(runs.list()).as("no run saved").isEmpty();
            assertThat(runs.deleteUnfinished()).as("no unfinished run left").isZero();
            try (RunLock lock = RunLock.acquire(graph, RunLock.SCORING, "test", Duration.ofMinutes(1), Clock.systemUTC())) {
                assertThat(lock.owner()).isEqualTo("test");
            }
        }
    }
}
