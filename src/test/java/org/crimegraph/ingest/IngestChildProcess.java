package org.crimegraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.IngestLedger;
import org.crimegraph.store.StoreTarget;

/**
 * An ingest in a process of its own, for {@link IngestResumeTest} to kill part-way. The embedded store is
 * closed to other processes (a per-process Bolt secret), so the child watches its own ingest ledger from a
 * second thread and prints {@code COMMITTED <n>} once a batch of the calls file is committed; the test
 * kills it on that line. It starts ingesting after a line on stdin (the test is listening).
 * Args: {@code STORE BATCH_SIZE FILE…}.
 */
public final class IngestChildProcess {

    private IngestChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int batchSize = Integer.parseInt(args[1]);
        List<Path> files = Arrays.stream(args, 2, args.length).map(Path::of).toList();
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(folder))) {
            System.out.println("READY");
            System.out.flush();
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                    .readLine();
            Thread watcher = new Thread(() -> watch(store), "ledger-watcher");
            watcher.setDaemon(true);
            watcher.start();
            new Ingestion(store, IngestContext.defaults(), batchSize, new PrintStream(System.err)).run(files);
            System.out.println("DONE");
        }
    }

    private static void watch(GraphStore store) {
        IngestLedger ledger = new IngestLedger(store);
        while (true) {
            var calls = ledger.files().stream().filter(f -> "calls".equals(f.type())).findFirst();
            if (calls.isPresent() && calls.get().completedBatches() >= 1) {
                System.out.println("COMMITTED " + calls.get().completedBatches());
                System.out.flush();
                return;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
