package org.crimegraph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.files.PrivateFiles;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Neo4j's offline importer ({@code neo4j-admin database import full}, Community) run in this process into
 * the {@code neo4j} database of an embedded store folder that holds no case data yet (ingest --bulk,
 * docs/operations.md). The importer gets a private home folder (made by the caller, inside the store
 * folder) whose {@code conf/neo4j.conf} points its data folder at the store's; it replaces the database's
 * files, so the store must not be open. The store's schema (constraints, indexes) is applied when the
 * store is next opened ({@link GraphStore#open}).
 */
public final class OfflineImport {

    /** Files of one label or relationship type: {@code --nodes=LABEL=FILE} or {@code --relationships=TYPE=FILE}. */
    public record FileGroup(String name, Path file) {
    }

    /**
     * The import's input.
     *
     * @param nodes         node files by label
     * @param relationships relationship files by type
     * @param multiline     files whose quoted values may span lines (free-text summaries)
     */
    public record Files(List<FileGroup> nodes, List<FileGroup> relationships, List<Path> multiline) {
    }

    private OfflineImport() {
    }

    /**
     * Imports {@code files} into the database of the store in {@code storeFolder}, replacing its files.
     * The importer's own progress (stages and percentages) goes to {@code progress}.
     *
     * @param home a private, empty folder for the importer's configuration and report
     * @throws StoreUnavailableException if the importer fails, with its message
     */
    public static void run(Path storeFolder, Path home, Files files, PrintStream progress) {
        Path data = storeFolder.toAbsolutePath().normalize().resolve("data");
        Path conf = home.resolve("conf");
        try {
            PrivateFiles.createDirectories(data); // as EmbeddedNeo4j makes it: private, before the importer writes in it
            PrivateFiles.createDirectories(conf);
            PrivateFiles.createDirectories(home.resolve("logs"));
            PrivateFiles.writeString(conf.resolve("neo4j.conf"), "server.directories.data=" + data + "\n"
                    + "server.directories.logs=" + home.resolve("logs") + "\n");
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot prepare the offline import in " + home + ": " + e.getMessage(), e);
        }
        // the database first: a trailing one would be read as one more file of the last --relationships
        List<String> args = new ArrayList<>(List.of("database", "import", "full", "neo4j",
                "--overwrite-destination=true",
                "--array-delimiter=U+001F",
                "--bad-tolerance=0",
                "--skip-bad-relationships=false",
                "--skip-duplicate-nodes=false",
                "--report-file=" + home.resolve("import.report"),
                "--max-off-heap-memory=" + offHeapBytes()));
        for (FileGroup group : files.nodes()) {
            args.add("--nodes=" + group.name() + "=" + checked(group.file()));
        }
        for (FileGroup group : files.relationships()) {
            args.add("--relationships=" + group.name() + "=" + checked(group.file()));
        }
        if (!files.multiline().isEmpty()) {
            // its multi-line reader fails on a row across a read-buffer boundary ("Weird input data, found CR
            // outside a text cell"): a buffer larger than the largest multi-line file keeps each one whole
            long largest = 0;
            for (Path file : files.multiline()) {
                try {
                    largest = Math.max(largest, java.nio.file.Files.size(file));
                } catch (IOException e) {
                    throw new StoreUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
            args.add("--read-buffer-size=" + Math.max(4L << 20, largest + (1L << 20)));
            args.add("--multiline-fields-format=v2");
            args.add("--multiline-fields=" + String.join(",", files.multiline().stream().map(OfflineImport::checked).toList()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new Tee(errors, progress), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = AdminTool.execute(new ExecutionContext(home, conf, progress, err, new DefaultFileSystemAbstraction()),
                    args.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("the offline import into " + storeFolder + " failed: " + e.getMessage(), e);
        }
        progress.flush();
        if (code != 0) {
            String message = errors.toString(StandardCharsets.UTF_8).strip();
            throw new StoreUnavailableException("the offline import into " + storeFolder + " failed (exit code " + code + ")"
                    + (message.isEmpty() ? "" : ": " + message), null);
        }
    }

    /**
     * The importer's off-heap memory: a fifth of the machine's RAM, between 1 and 4 GiB. Its default (90 % of
     * the memory free when it starts) is too little on a busy machine once this JVM's heap is committed: a
     * 1M-person import failed at once with 437 MiB.
     */
    static long offHeapBytes() {
        long gib = 1L << 30;
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return Math.max(gib, Math.min(4 * gib, total / 5));
    }

    /** Waits until every index and constraint of the opened store is online (built at its first open). */
    public static void awaitIndexes(GraphStore store) {
        store.read("store/await-indexes", java.util.Map.of("seconds", 24 * 3600), r -> r.size());
    }

    /**
     * Sets an empty alias list on every person claim that has none (the importer writes no property for an
     * empty array; {@code cypher/ingest/persons.cypher} leaves {@code []}), {@code batch} claims per transaction;
     * returns how many it set. Run it on a store opened with {@link GraphStore#openBeforeSchema}, before its
     * indexes exist, so that no index is updated claim by claim.
     */
    public static long setEmptyAliases(GraphStore store, int batch) {
        return store.writeInBatches("ingest/bulk/empty-aliases", java.util.Map.of("batch", batch));
    }

    /** A file path as the importer's option syntax can carry it (',' separates files, '=' the label). */
    private static String checked(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        if (path.indexOf(',') >= 0 || path.indexOf('=') >= 0) {
            throw new StoreUnavailableException("the store folder's path " + file.getParent()
                    + " holds ',' or '=', which the offline importer cannot take; use another store folder", null);
        }
        return path;
    }

    /** Writes to both streams: the importer's errors are kept for the message and shown as they come. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            b.flush();
        }
    }
}
