package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link GraphStore#forEachInParts}: every row once, whatever the parts; a failure on either side stops both. */
class PartedReadTest {

    private static List<String> callIds(GraphStore store, int parts) {
        List<String> ids = new ArrayList<>();
        store.forEachInParts("projection/calls", parts, r -> r.get("evidenceId").asString(), ids::add);
        return ids;
    }

    @Test
    void everyRowOnceInAnyNumberOfParts() throws Exception {
        GraphStore store = SmallCase.shared();
        assertThat(callIds(store, 1)).containsExactlyInAnyOrder("K1", "K2");
        for (int parts = 2; parts <= 5; parts++) {
            assertThat(callIds(store, parts)).as("%d parts", parts).containsExactlyInAnyOrder("K1", "K2");
        }
    }

    @Test
    void aFailingConsumerStopsTheReadsAndItsFailureIsThrown() throws Exception {
        GraphStore store = SmallCase.shared();
        assertThatThrownBy(() -> store.forEachInParts("projection/calls", 3, r -> r.get("evidenceId").asString(),
                id -> {
                    throw new IllegalStateException("consumer failed on " + id);
                })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("consumer failed on K");
        assertNoReadThreadLeft();
        assertThat(callIds(store, 3)).hasSize(2); // the store still reads
    }

    @Test
    void aFailingReadIsThrownOnTheCallingThread() throws Exception {
        GraphStore store = SmallCase.shared();
        assertThatThrownBy(() -> store.forEachInParts("projection/calls", 2, r -> {
            throw new IllegalArgumentException("mapper failed");
        }, id -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("mapper failed");
        assertNoReadThreadLeft();
    }

    private static void assertNoReadThreadLeft() throws InterruptedException {
        for (int i = 0; i < 100 && readThreads() > 0; i++) {
            Thread.sleep(20);
        }
        assertThat(readThreads()).isZero();
    }

    private static long readThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("crimegraph-read-")).count();
    }
}
