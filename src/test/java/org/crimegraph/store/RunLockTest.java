package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunLock} against a real embedded store: who may take it, and when a dead holder's lock is taken over. */
class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void theLockOfAProcessThatDiedOnThisMachineIsTakenOverAtOnceOthersAreNot() throws Exception {
        String host = InetAddress.getLocalHost().getHostName();
        long dead = deadPid();
        String me = RunLock.thisProcess();
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")))) {
            // a night job killed on this machine (kill -9, out of memory) left its lock, valid for 12 more hours
            RunLock.acquire(store, RunLock.SCORING, "cron@" + host + " pid " + dead, Duration.ofHours(12), Clock.systemUTC());
            try (RunLock lock = RunLock.acquire(store, RunLock.SCORING, me, Duration.ofHours(1), Clock.systemUTC())) {
                assertThat(lock.takenOverFrom()).isEqualTo("cron@" + host + " pid " + dead);
            }
            // a live holder on this machine (this very JVM under another name) keeps it
            String live = "other@" + host + " pid " + ProcessHandle.current().pid();
            try (RunLock held = RunLock.acquire(store, RunLock.SCORING, live, Duration.ofHours(1), Clock.systemUTC())) {
                assertThatThrownBy(() -> RunLock.acquire(store, RunLock.SCORING, "analyst@" + host + " pid " + dead,
                        Duration.ofHours(1), Clock.systemUTC())).isInstanceOf(RunLockedException.class);
            }
            // a holder on another machine keeps it, whatever its pid: its process cannot be seen from here
            try (RunLock held = RunLock.acquire(store, RunLock.SCORING, "cron@elsewhere pid " + dead,
                    Duration.ofHours(1), Clock.systemUTC())) {
                assertThatThrownBy(() -> RunLock.acquire(store, RunLock.SCORING, me, Duration.ofHours(1),
                        Clock.systemUTC())).isInstanceOf(RunLockedException.class).hasMessageContaining("cron@elsewhere");
            }
            try (RunLock free = RunLock.acquire(store, RunLock.SCORING, me, Duration.ofHours(1), Clock.systemUTC())) {
                assertThat(free.takenOverFrom()).isNull();
            }
        }
    }

    @Test
    void onlyTheOwnerFormUserAtHostPidIsJudged() throws Exception {
        String me = "a@h pid " + ProcessHandle.current().pid();
        long dead = deadPid();
        assertThat(RunLock.deadOnThisMachine("b@h pid " + dead, me)).isTrue();
        assertThat(RunLock.deadOnThisMachine("b@other pid " + dead, me)).isFalse();
        assertThat(RunLock.deadOnThisMachine("b@h pid " + ProcessHandle.current().pid(), me)).isFalse();
        assertThat(RunLock.deadOnThisMachine("night-job", me)).isFalse();
        assertThat(RunLock.deadOnThisMachine(null, me)).isFalse();
    }

    /** The pid of a process that has just ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        return pid;
    }
}
