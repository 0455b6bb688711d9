package org.crimegraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.store.EntityKey;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.IngestLedger;
import org.crimegraph.store.OfflineImport;
import org.crimegraph.store.StoreTarget;

/**
 * {@code ingest --bulk}: a first load into an empty embedded store through Neo4j's offline importer
 * (docs/operations.md). The files are read, validated, normalised, checked and rejected by the same code
 * as the transactional path ({@link Ingestion}, same batches, same rejects file, references checked against
 * the rows of this run); only the write differs: instead of one transaction per batch, the rows build the
 * graph the {@code cypher/ingest/} statements would make ({@link BulkGraph}), which is written as import
 * files into a private folder inside the store folder, imported, and deleted. The store is then opened (the
 * schema is built at that first open), the empty alias lists the importer cannot write are set, and the
 * ledger gets the entries the transactional path writes, so a later {@code ingest} of the same files
 * changes nothing and one of new files adds to the store as usual.
 */
public final class BulkIngestion {

    /** Claims per transaction when setting empty alias lists after the import. */
    private static final int FIX_BATCH = 50_000;

    /**
     * A finished bulk load.
     *
     * @param store   the store, open (the caller closes it)
     * @param summary what was read, loaded and rejected, as the transactional path reports it
     */
    public record Loaded(GraphStore store, IngestSummary summary) {
    }

    private BulkIngestion() {
    }

    /**
     * Loads {@code paths} into the empty embedded store {@code target}.
     *
     * @throws IllegalArgumentException if the store holds anything but the schema marker, or with {@code --reload}
     */
    public static Loaded run(StoreTarget.Embedded target, IngestOptions options, PrintStream progress,
                             Collection<Path> paths) {
        if (options.reload()) {
            throw new IllegalArgumentException("--reload has no meaning with --bulk: --bulk loads into an empty store");
        }
        Path folder = target.folder().toAbsolutePath().normalize();
        if (Files.isDirectory(folder.resolve("data").resolve("databases").resolve("neo4j"))) {
            requireEmpty(target, folder); // a store without a database yet is empty: no need to start it to ask
        }
        Path work = folder.resolve("bulk-import");
        Bulk bulk = null;
        try {
            bulk = new Bulk(target, work, options, progress);
            IngestSummary summary = new Ingestion(bulk, options, progress).run(paths);
            return new Loaded(bulk.store, summary);
        } catch (RuntimeException e) {
            if (bulk != null) {
                bulk.abandon();
            }
            throw e;
        } finally {
            try {
                PrivateFiles.deleteTree(work);
            } catch (IOException e) {
                progress.printf("ingest --bulk: could not delete %s (%s); delete it by hand: it holds case data%n",
                        work, e.getMessage());
            }
        }
    }

    private static void requireEmpty(StoreTarget.Embedded target, Path folder) {
        try (GraphStore store = GraphStore.open(target)) {
            long others = ((Number) store.readRows("ingest/bulk/store-contents", Map.of()).get(0).get("others")).longValue();
            if (others > 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the store %s is not empty (%,d nodes): "
                        + "--bulk makes a first load into an empty store only (Neo4j Community's importer replaces the "
                        + "whole database); use ingest without --bulk to add to it", folder, others));
            }
        }
    }

    /** The load target of a bulk run: accumulate, then import, open and complete the store. */
    private static final class Bulk implements LoadTarget {
        private final StoreTarget.Embedded target;
        private final Path work;
        private final PrintStream progress;
        private final BulkGraph graph;
        private final long started = System.nanoTime();
        GraphStore store;

        Bulk(StoreTarget.Embedded target, Path work, IngestOptions options, PrintStream progress) {
            this.target = target;
            this.work = work;
            this.progress = progress;
            this.graph = new BulkGraph(created(work));
        }

        private static Path created(Path work) {
            try {
                PrivateFiles.deleteTree(work); // left by a run that was killed
                PrivateFiles.createDirectories(work);
                return PrivateFiles.createDirectories(work.resolve("csv"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the import folder " + work, e);
            }
        }

        @Override
        public boolean begin(String fileKey, String sha256, String kind, String fileName, int batchSize) {
            return graph.ledgerBegin(fileKey, sha256, kind, fileName, batchSize);
        }

        @Override
        public Map<Long, IngestLedger.BatchCounts> completedBatches(String fileKey) {
            return graph.completedBatches(fileKey);
        }

        @Override
        public Set<String> missing(EntityKey key, Collection<String> ids) {
            return graph.missing(key, ids);
        }

        @Override
        public List<Map<String, Object>> storedReports(List<String> ids) {
            return graph.storedReports(ids);
        }

        @Override
        public void write(List<GraphStore.Write> writes, GraphStore.Write batchDone) {
            graph.apply(writes);
            graph.ledgerBatch(batchDone);
        }

        @Override
        public void finish(String fileKey, long batches, IngestLedger.BatchCounts totals) {
            graph.ledgerFinish(fileKey, batches, totals);
        }

        @Override
        public void loaded() {
            progress.printf(Locale.ROOT, "ingest --bulk: %,d rows read and checked in %.1f s; writing the import files%n",
                    graph.rows(), seconds(started));
            long phase = System.nanoTime();
            OfflineImport.Files files = graph.write();
            System.gc(); // once, between the accumulation and the importer: give the freed heap back before the import
            progress.printf(Locale.ROOT, "ingest --bulk: import files written in %.1f s; importing%n", seconds(phase));
            phase = System.nanoTime();
            OfflineImport.run(target.folder(), work.resolve("home"), files, progress);
            progress.printf(Locale.ROOT, "ingest --bulk: imported in %.1f s; completing the claims%n", seconds(phase));
            try {
                PrivateFiles.deleteTree(work); // the case data in the import files is in the store now
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the import files in " + work, e);
            }
            phase = System.nanoTime();
            store = GraphStore.openBeforeSchema(target);
            progress.printf(Locale.ROOT, "ingest --bulk: store opened in %.1f s; setting empty alias lists%n", seconds(phase));
            phase = System.nanoTime();
            // before any index exists: each claim written is only itself (the full-text index over claimed
            // names and aliases was updated synchronously claim by claim when this came after the schema)
            long aliases = OfflineImport.setEmptyAliases(store, FIX_BATCH);
            progress.printf(Locale.ROOT, "ingest --bulk: %,d empty alias lists set in %.1f s; building the schema%n",
                    aliases, seconds(phase));
            phase = System.nanoTime();
            try (Ticker ticker = new Ticker(progress, "ingest --bulk: building the schema (constraints and indexes)")) {
                store.applySchema();
                OfflineImport.awaitIndexes(store);
            }
            progress.printf(Locale.ROOT, "ingest --bulk: schema built in %.1f s; done in %.1f s%n", seconds(phase),
                    seconds(started));
        }

        @Override
        public boolean readsAhead() {
            return true;
        }

        @Override
        public long conflictingEvents() {
            return ((Number) store.readRows("status/conflicting-events", Map.of()).get(0).get("conflicting")).longValue();
        }

        /** After a failure: the streamed files closed, the store (if opened) closed. */
        void abandon() {
            graph.discard();
            if (store != null) {
                store.close();
                store = null;
            }
        }

        private static double seconds(long since) {
            return (System.nanoTime() - since) / 1e9;
        }
    }

    /** A line every five seconds while a step that reports nothing itself runs. */
    private static final class Ticker implements AutoCloseable {
        private final Thread thread;

        Ticker(PrintStream out, String what) {
            long started = System.nanoTime();
            thread = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(5_000);
                        out.printf(Locale.ROOT, "%s: %.0f s%n", what, (System.nanoTime() - started) / 1e9);
                    }
                } catch (InterruptedException done) {
                    // the step ended
                }
            }, "crimegraph-bulk-ticker");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
