package org.crimegraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crimegraph.store.EmbeddedNeo4j;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;

/**
 * An ingest in a process of its own, for {@link IngestResumeTest} to kill part-way: starts the embedded
 * store, prints {@code BOLT <uri>} so the test can watch the ledger over loopback Bolt, waits for a
 * line on stdin (the test is watching), then ingests.
 * Args: {@code STORE BATCH_SIZE FILE…}.
 */
public final class IngestChildProcess {

    private IngestChildProcess() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path folder = Path.of(args[0]);
        int batchSize = Integer.parseInt(args[1]);
        List<Path> files = Arrays.stream(args, 2, args.length).map(Path::of).toList();
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(folder);
             GraphStore store = GraphStore.open(new StoreTarget.Server(db.boltUri(), "neo4j", new char[0], null))) {
            System.out.println("BOLT " + db.boltUri());
            System.out.flush();
            // wait until the test watches the ledger, so a fast machine cannot finish before it looks
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                    .readLine();
            new Ingestion(store, IngestContext.defaults(), batchSize, new PrintStream(System.err)).run(files);
            System.out.println("DONE");
        }
    }
}
