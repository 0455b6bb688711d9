package org.crimegraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crimegraph.store.EntityKey;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.IngestLedger;

/**
 * Loads input files into the store: reads each file (CSV or JSON Lines bundle), validates and
 * normalises its rows, checks that the entities they cite exist, and writes them in batches. Each batch
 * is one transaction (the driver retries transient errors) that also records the batch in the
 * {@link IngestLedger}; a rerun of the same file content with the same settings skips the batches the
 * ledger holds, so a killed run resumes where it stopped and ends with the same graph. Files are loaded
 * in dependency order whatever order they are given in. Every write is idempotent: {@code MERGE}, or for an
 * event seen for the first time a {@code CREATE} that makes the same graph ({@link EventCreation}).
 * A bad row never stops the run: it becomes a {@link Reject} and the good rows are kept, until the
 * {@link RejectLimit} is exceeded.
 */
public final class Ingestion {

    /** Records per batch (one transaction each). */
    public static final int DEFAULT_BATCH_SIZE = 5_000;
    /** Rejects kept in memory for the summary; the rejects file has all of them. */
    public static final int REJECTS_KEPT = 10_000;

    private final LoadTarget target;
    private final IngestOptions options;
    private final PrintStream progress;

    public Ingestion(GraphStore store, IngestContext context, int batchSize, PrintStream progress) {
        this(store, IngestOptions.of(context, batchSize), progress);
    }

    public Ingestion(GraphStore store, IngestOptions options, PrintStream progress) {
        this(LoadTarget.of(store), options, progress);
    }

    /** Loads into {@code target}: the store's transactions, or the bulk path's accumulation ({@link BulkGraph}). */
    Ingestion(LoadTarget target, IngestOptions options, PrintStream progress) {
        this.target = target;
        this.options = options;
        this.progress = progress;
    }

    /**
     * Ingests files and the {@code .csv} and {@code .jsonl} files directly in folders. Fails (before
     * writing anything) if a file is missing, binary, not UTF-8, or its header unknown; otherwise loads
     * every good row, or stops once the reject limit is exceeded.
     */
    public IngestSummary run(Collection<Path> paths) {
        long started = System.nanoTime();
        List<InputSource> files = openAll(expand(paths));
        Load load = new Load(options.rejectsFile() == null ? null : new RejectsFile(options.rejectsFile()));
        List<IngestSummary.FileCounts> counts = new ArrayList<>();
        ReadAhead ahead = null;
        try {
            Map<InputSource, String> keys = new java.util.IdentityHashMap<>();
            for (InputSource file : files) {
                keys.put(file, fileKey(file));
            }
            if (target.readsAhead()) {
                ahead = new ReadAhead(files, keys, options.batchSize(), Runtime.getRuntime().availableProcessors());
            }
            for (InputSource file : files) {
                counts.add(load(file, keys.get(file), load, ahead));
                if (load.stoppedBecause == null && options.rejectLimit().percentExceeded(load.rejected, load.read)) {
                    load.stoppedBecause = String.format(Locale.ROOT,
                            "%,d of %,d rows rejected (%.2f%%), more than --max-rejects %s; stopped after %s",
                            load.rejected, load.read, load.rejected * 100.0 / load.read, options.rejectLimit(), file.path());
                }
                if (load.stoppedBecause != null) {
                    break;
                }
            }
        } finally {
            if (ahead != null) {
                ahead.close(); // its threads stopped before the files are closed
            }
            closeAll(files);
            if (load.out != null) {
                load.out.close();
            }
        }
        target.loaded();
        long rejected = counts.stream().mapToLong(IngestSummary.FileCounts::rejected).sum();
        long conflicting = target.conflictingEvents();
        return new IngestSummary(counts, load.kept, rejected, Duration.ofNanos(System.nanoTime() - started),
                load.stoppedBecause, conflicting);
    }

    /** The ledger's key of a file: content SHA-256, record type and the settings that decide the graph. */
    private String fileKey(InputSource file) {
        IngestContext context = options.context();
        return String.join(":", FileDigest.sha256(file.path()), file.kind(), Integer.toString(options.batchSize()),
                context.phones().region(), context.defaultZone().getId());
    }

    private IngestSummary.FileCounts load(InputSource file, String fileKey, Load load, ReadAhead ahead) {
        String sha256 = fileKey.substring(0, fileKey.indexOf(':'));
        boolean finished = target.begin(fileKey, sha256, file.kind(), file.path().toString(), options.batchSize());
        Map<Long, IngestLedger.BatchCounts> done = options.reload() ? Map.of() : target.completedBatches(fileKey);
        Tally tally = new Tally();
        if (finished && !options.reload()) {
            done.values().forEach(c -> tally.resumed(c, c.read()));
            progress.printf("ingest %s: already loaded (same content and settings; %,d rows); use --reload to write it again%n",
                    file.path().getFileName(), tally.read);
            return tally.counts(file);
        }
        ProgressLine line = new ProgressLine(progress, "ingest " + file.path().getFileName(), 2_000, file.size(),
                options.terminal());
        if (ahead != null) {
            return loadReadAhead(file, fileKey, load, ahead, done, tally, line);
        }
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "crimegraph-ingest-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long batchNumber = 0;
            Future<Prepared> next = reader.submit(() -> prepare(file, 1, done));
            while (true) {
                Prepared current = await(next);
                if (current.records().isEmpty()) {
                    break;
                }
                batchNumber++;
                long following = batchNumber + 1;
                // read and check the next batch while this one is written: parsing and normalising (phone
                // numbers above all) overlap the store's work; writes stay one batch at a time, in file order
                next = current.records().size() < options.batchSize() ? CompletableFuture.completedFuture(Prepared.END)
                        : reader.submit(() -> prepare(file, following, done));
                if (writeBatch(file, fileKey, batchNumber, current, done, tally, load, line)) {
                    return tally.counts(file);
                }
            }
            return finishFile(file, fileKey, batchNumber, tally, line);
        } finally {
            reader.shutdownNow();
            awaitQuietly(reader);
        }
    }

    /**
     * {@link #load} for a target that reads ahead ({@link LoadTarget#readsAhead}): the batches come read and
     * mapped from {@code ahead}, and are checked and written here one by one in file order as without it.
     */
    private IngestSummary.FileCounts loadReadAhead(InputSource file, String fileKey, Load load, ReadAhead ahead,
                                                   Map<Long, IngestLedger.BatchCounts> done, Tally tally,
                                                   ProgressLine line) {
        long batchNumber = 0;
        while (true) {
            Prepared current = ahead.next(file);
            if (current.records().isEmpty()) {
                break;
            }
            batchNumber++;
            if (writeBatch(file, fileKey, batchNumber, current, done, tally, load, line)) {
                return tally.counts(file);
            }
        }
        return finishFile(file, fileKey, batchNumber, tally, line);
    }

    /**
     * Writes one batch of a file and moves its progress line on; true if the load stopped on this batch
     * (too many rejects), the progress line then finished where it stopped.
     */
    private boolean writeBatch(InputSource file, String fileKey, long batchNumber, Prepared current,
                               Map<Long, IngestLedger.BatchCounts> done, Tally tally, Load load, ProgressLine line) {
        flush(file, fileKey, batchNumber, current, done, tally, load);
        line.update(tally.read, current.position());
        if (load.stoppedBecause != null) {
            line.finish(tally.read, current.position());
            return true;
        }
        return false;
    }

    /** A file read to its end without the load stopping: its progress line finished, the file marked done in the ledger. */
    private IngestSummary.FileCounts finishFile(InputSource file, String fileKey, long batchNumber, Tally tally,
                                                ProgressLine line) {
        line.finish(tally.read, file.size());
        target.finish(fileKey, batchNumber, new IngestLedger.BatchCounts(tally.read, tally.loaded, tally.rejected));
        return tally.counts(file);
    }

    /**
     * Reading ahead of the writes, for a target whose writes are cheap ({@code ingest --bulk}, where reading
     * and checking are the critical path): one reader thread reads the files' records in load order, batch
     * by batch and on into the next file, while a pool of mapper threads (one per core) validates and
     * normalises whole batches side by side (a batch's mapping depends on nothing but its rows). The batches
     * are handed over in file order, so the checks against earlier rows, the writes, the rejects (their
     * order in the rejects file included) and the ledger are exactly those of reading one batch at a time.
     * At most {@link #AHEAD} batches are read and not yet handed over, so memory stays flat. A file whose
     * ledger key an earlier file of the list has is not read: the load finds it already loaded.
     */
    private static final class ReadAhead implements AutoCloseable {
        /** Batches read but not yet handed over. */
        static final int AHEAD = 8;

        private record Item(InputSource file, Future<Prepared> prepared) {
        }

        private final java.util.concurrent.BlockingQueue<Item> queue = new java.util.concurrent.ArrayBlockingQueue<>(AHEAD);
        private final ExecutorService mappers;
        private final Thread reader;
        private volatile boolean closed;

        ReadAhead(List<InputSource> files, Map<InputSource, String> keys, int batchSize, int threads) {
            mappers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
                Thread thread = new Thread(r, "crimegraph-ingest-mapper");
                thread.setDaemon(true);
                return thread;
            });
            reader = new Thread(() -> read(files, keys, batchSize), "crimegraph-ingest-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(List<InputSource> files, Map<InputSource, String> keys, int batchSize) {
            Set<String> seen = new HashSet<>();
            try {
                for (InputSource file : files) {
                    if (!seen.add(keys.get(file))) {
                        continue; // same content and settings as an earlier file: "already loaded", nothing read
                    }
                    while (!closed) {
                        List<InputSource.InputRecord> records = new ArrayList<>(Math.min(batchSize, 65_536));
                        while (records.size() < batchSize) {
                            InputSource.InputRecord record = file.next();
                            if (record == null) {
                                break;
                            }
                            records.add(record);
                        }
                        if (records.isEmpty()) {
                            queue.put(new Item(file, CompletableFuture.completedFuture(Prepared.END)));
                            break;
                        }
                        long position = file.position();
                        queue.put(new Item(file, mappers.submit(() -> {
                            Map<RecordType, List<Pending>> byType = new EnumMap<>(RecordType.class);
                            List<Reject> rejects = new ArrayList<>();
                            map(records, byType, rejects);
                            return new Prepared(records, byType, rejects, position);
                        })));
                        if (records.size() < batchSize) {
                            queue.put(new Item(file, CompletableFuture.completedFuture(Prepared.END)));
                            break;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closed
            } catch (RuntimeException | Error e) {
                // a file that breaks off: the load meets the failure where it would have read that batch
                try {
                    queue.put(new Item(null, CompletableFuture.failedFuture(e)));
                } catch (InterruptedException closed) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The next batch of {@code file}, read and mapped; an empty batch at its end. */
        Prepared next(InputSource file) {
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            }
            Prepared prepared = await(item.prepared());
            if (item.file() != file) {
                throw new IllegalStateException("read ahead out of order: " + item.file().path() + " for " + file.path());
            }
            return prepared;
        }

        /** Stops reading and mapping, and waits until neither touches the files (at most one batch). */
        @Override
        public void close() {
            closed = true;
            reader.interrupt();
            queue.clear(); // a reader waiting to hand a batch over goes on, sees closed or the interrupt, and stops
            try {
                reader.join(TimeUnit.MINUTES.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mappers.shutdownNow();
            awaitQuietly(mappers);
        }
    }

    /**
     * Reads the next batch of records from the file and, unless the ledger holds that batch already,
     * validates and normalises its rows (no store access: this runs beside the writer). An empty batch
     * marks the end of the file.
     */
    private Prepared prepare(InputSource file, long batchNumber, Map<Long, IngestLedger.BatchCounts> done) {
        List<InputSource.InputRecord> records = new ArrayList<>(Math.min(options.batchSize(), 65_536));
        while (records.size() < options.batchSize()) {
            InputSource.InputRecord record = file.next();
            if (record == null) {
                break;
            }
            records.add(record);
        }
        if (records.isEmpty()) {
            return Prepared.END;
        }
        Map<RecordType, List<Pending>> byType = new EnumMap<>(RecordType.class);
        List<Reject> rejects = new ArrayList<>();
        if (!done.containsKey(batchNumber)) {
            map(records, byType, rejects);
        }
        return new Prepared(records, byType, rejects, file.position());
    }

    private static Prepared await(Future<Prepared> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for the reader to stop before its file is closed (at most one batch's reading). */
    private static void awaitQuietly(ExecutorService reader) {
        try {
            reader.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void flush(InputSource file, String fileKey, long batchNumber, Prepared prepared,
                       Map<Long, IngestLedger.BatchCounts> done, Tally tally, Load load) {
        List<InputSource.InputRecord> batch = prepared.records();
        IngestLedger.BatchCounts earlier = done.get(batchNumber);
        if (earlier != null) {
            tally.resumed(earlier, batch.size());
            return;
        }
        List<Reject> rejects = new ArrayList<>(prepared.rejects());
        List<GraphStore.Write> writes = new ArrayList<>();
        long loaded = write(prepared.byType(), rejects, writes, load);
        IngestLedger.BatchCounts counts = new IngestLedger.BatchCounts(batch.size(), loaded, rejects.size());
        target.write(writes, IngestLedger.batchDone(fileKey, batchNumber, counts));
        tally.add(counts);
        load.read += batch.size();
        rejects.forEach(load::reject);
        if (options.rejectLimit().countExceeded(load.rejected)) {
            load.stoppedBecause = String.format(Locale.ROOT,
                    "%,d rows rejected, more than --max-rejects %s; stopped in %s after line %,d",
                    load.rejected, options.rejectLimit(), file.path(), batch.get(batch.size() - 1).line());
        }
    }

    /** Validates and normalises a batch's rows by record type; bad records and fields become rejects. */
    private static void map(List<InputSource.InputRecord> batch, Map<RecordType, List<Pending>> byType,
                            List<Reject> rejects) {
        for (InputSource.InputRecord record : batch) {
            if (record.problem() != null) {
                rejects.add(record.problem());
                continue;
            }
            for (InputSource.TypedRow typed : record.rows()) {
                try {
                    byType.computeIfAbsent(typed.type(), t -> new ArrayList<>())
                            .add(new Pending(typed, typed.type().map(typed.row())));
                } catch (InvalidFieldException e) {
                    rejects.add(new Reject(typed.row().file(), typed.row().line(), typed.qualify(e.field()), e.value(),
                            e.getMessage()));
                }
            }
        }
    }

    /**
     * Rejects rows citing entities neither the store nor an earlier row of the batch holds, and adds one
     * write per record type, in load order; returns the rows to be written.
     */
    private long write(Map<RecordType, List<Pending>> byType, List<Reject> rejects, List<GraphStore.Write> writes,
                       Load load) {
        Map<EntityKey, Set<String>> declared = new EnumMap<>(EntityKey.class);
        long loaded = 0;
        if (byType.containsKey(RecordType.REPORTS)) {
            byType.put(RecordType.REPORTS, immutableReports(byType.get(RecordType.REPORTS), rejects, load));
        }
        for (Map.Entry<RecordType, List<Pending>> entry : byType.entrySet()) {
            RecordType type = entry.getKey();
            Map<EntityKey, Set<String>> cited = new EnumMap<>(EntityKey.class);
            for (Pending pending : entry.getValue()) {
                type.references().forEach((parameter, key) -> values(pending.parameters().get(parameter))
                        .forEach(v -> cited.computeIfAbsent(key, k -> new HashSet<>()).add(v)));
            }
            Map<EntityKey, Set<String>> missing = new EnumMap<>(EntityKey.class);
            cited.forEach((key, ids) -> {
                Set<String> absent = new HashSet<>(target.missing(key, ids));
                absent.removeAll(declared.getOrDefault(key, Set.of()));
                missing.put(key, absent);
            });
            List<Map<String, Object>> rows = new ArrayList<>(entry.getValue().size());
            for (Pending pending : entry.getValue()) {
                Reject reject = type == RecordType.REPORTS ? null : citesRefusedReport(pending, load);
                if (reject == null) {
                    reject = unknownReference(type, pending, missing);
                }
                if (reject != null) {
                    rejects.add(reject);
                    continue;
                }
                rows.add(pending.parameters());
                Map.Entry<EntityKey, String> declares = type.declares();
                if (declares != null) {
                    declared.computeIfAbsent(declares.getKey(), k -> new HashSet<>())
                            .add(String.valueOf(pending.parameters().get(declares.getValue())));
                }
            }
            if (!rows.isEmpty()) {
                writes.add(new GraphStore.Write(type.statementName(), Map.of("rows", rows)));
                loaded += rows.size();
            }
        }
        return loaded;
    }

    /** The fields that make a report what it is: a stored report id sent with other values is refused. */
    private static final List<String> REPORT_IDENTITY = List.of("agency", "grade", "handling");

    /**
     * Reports are immutable (docs/provenance.md §5): a report row whose id is stored, or came earlier in
     * this load, with another agency, grade or handling is rejected (naming the stored value), and its id
     * is remembered so that the rows of this load citing it are rejected too. The identical report sent
     * again passes (its write changes nothing). One lookup per batch.
     */
    private List<Pending> immutableReports(List<Pending> reports, List<Reject> rejects, Load load) {
        Set<String> ids = new HashSet<>();
        reports.forEach(p -> ids.add(String.valueOf(p.parameters().get("reportId"))));
        Map<String, Map<String, Object>> known = new java.util.HashMap<>();
        for (Map<String, Object> stored : target.storedReports(List.copyOf(ids))) {
            known.put(String.valueOf(stored.get("reportId")), stored);
        }
        List<Pending> kept = new ArrayList<>();
        for (Pending pending : reports) {
            Map<String, Object> row = pending.parameters();
            String id = String.valueOf(row.get("reportId"));
            Map<String, Object> earlier = known.containsKey(id) ? known.get(id) : load.reports.get(id);
            String where = known.containsKey(id) ? "in the store" : "earlier in this load";
            String field = earlier == null ? null
                    : REPORT_IDENTITY.stream().filter(f -> !java.util.Objects.equals(earlier.get(f), row.get(f)))
                            .findFirst().orElse(null);
            if (field != null) {
                InputRow input = pending.typed().row();
                load.refusedReports.add(id);
                rejects.add(new Reject(input.file(), input.line(), pending.typed().qualify(field),
                        String.valueOf(row.get(field)), "report " + id + " is already stored " + where + " with " + field
                        + " '" + earlier.get(field) + "'; a report cannot be changed (send a new report id); rows of "
                        + "this load citing " + id + " are rejected with it"));
                continue;
            }
            load.reports.putIfAbsent(id, row);
            kept.add(pending);
        }
        return kept;
    }

    /** A reject if the row cites a report whose conflicting re-send this load refused, else null. */
    private static Reject citesRefusedReport(Pending pending, Load load) {
        Object id = pending.parameters().get("reportId");
        if (id == null || !load.refusedReports.contains(id.toString())) {
            return null;
        }
        InputRow row = pending.typed().row();
        return new Reject(row.file(), row.line(), pending.typed().qualify("reportId"), id.toString(),
                "cites report " + id + ", whose row in this load was rejected for changing a stored report");
    }

    private static Reject unknownReference(RecordType type, Pending pending, Map<EntityKey, Set<String>> missing) {
        for (Map.Entry<String, EntityKey> reference : type.references().entrySet()) {
            Set<String> absent = missing.getOrDefault(reference.getValue(), Set.of());
            for (String value : values(pending.parameters().get(reference.getKey()))) {
                if (absent.contains(value)) {
                    String entity = reference.getValue().name().toLowerCase(Locale.ROOT);
                    InputRow row = pending.typed().row();
                    return new Reject(row.file(), row.line(), pending.typed().qualify(columnOf(reference.getKey())), value,
                            "unknown " + entity + ": no " + entity + " '" + value + "' has been ingested");
                }
            }
        }
        return null;
    }

    /** The input column behind a reference parameter (a vehicle is cited by its registration). */
    private static String columnOf(String parameter) {
        return parameter.equals("vehicleKey") ? "vrm" : parameter;
    }

    private static List<String> values(Object parameter) {
        if (parameter == null) {
            return List.of();
        }
        if (parameter instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(parameter.toString());
    }

    private List<InputSource> openAll(List<Path> paths) {
        List<InputSource> files = new ArrayList<>();
        try {
            for (Path path : paths) {
                files.add(isBundle(path)
                        ? BundleInputFile.open(path, options.context())
                        : CsvInputFile.open(path, options.context(), options.forcedType()));
            }
        } catch (RuntimeException e) {
            closeAll(files);
            throw e;
        }
        files.sort(Comparator.comparingInt(InputSource::loadOrder).thenComparing(f -> f.path().toString()));
        return files;
    }

    private static boolean isBundle(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    private static void closeAll(List<InputSource> files) {
        files.forEach(InputSource::close);
    }

    private static List<Path> expand(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(p -> {
                                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                                return name.endsWith(".csv") || name.endsWith(".jsonl");
                            })
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new InputFileException("no input files in " + paths);
        }
        return files;
    }

    private record Pending(InputSource.TypedRow typed, Map<String, Object> parameters) {
    }

    /**
     * A batch read and mapped ahead of its write.
     *
     * @param records  the batch's input records (empty at the end of the file)
     * @param byType   its valid rows by record type, mapped to statement parameters (empty if resumed)
     * @param rejects  its bad records and fields, in file order
     * @param position bytes of the file read up to the batch's end
     */
    private record Prepared(List<InputSource.InputRecord> records, Map<RecordType, List<Pending>> byType,
                            List<Reject> rejects, long position) {
        static final Prepared END = new Prepared(List.of(), Map.of(), List.of(), 0);
    }

    /** Counts for one file. */
    private static final class Tally {
        long read;
        long loaded;
        long rejected;
        long batches;
        long resumedBatches;
        long resumedRows;

        void add(IngestLedger.BatchCounts counts) {
            read += counts.read();
            loaded += counts.loaded();
            rejected += counts.rejected();
            batches++;
        }

        void resumed(IngestLedger.BatchCounts counts, long records) {
            add(counts);
            resumedBatches++;
            resumedRows += records;
        }

        IngestSummary.FileCounts counts(InputSource file) {
            RecordType type = file instanceof CsvInputFile csv ? csv.type() : null;
            return new IngestSummary.FileCounts(file.path().toString(), file.kind(), type, read, loaded, rejected,
                    batches, resumedBatches, resumedRows);
        }
    }

    /** State of the whole load; counts cover only what this load read (not batches resumed from the ledger). */
    private static final class Load {
        final RejectsFile out;
        final List<Reject> kept = new ArrayList<>();
        /** Reports this load has accepted so far (id to row), to catch a conflicting re-send within the load. */
        final Map<String, Map<String, Object>> reports = new java.util.HashMap<>();
        /** Report ids whose conflicting re-send this load rejected: rows citing them are rejected too. */
        final Set<String> refusedReports = new HashSet<>();
        long rejected;
        long read;
        String stoppedBecause;

        Load(RejectsFile out) {
            this.out = out;
        }

        void reject(Reject reject) {
            rejected++;
            if (kept.size() < REJECTS_KEPT) {
                kept.add(reject);
            }
            if (out != null) {
                out.add(reject);
            }
        }
    }
}
