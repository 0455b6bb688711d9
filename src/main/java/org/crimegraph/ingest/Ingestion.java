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
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crimegraph.store.EntityKey;
import org.crimegraph.store.GraphStore;

/**
 * Loads input files into the store: reads each file, validates and normalises its rows, checks that the
 * entities they cite exist, and writes them in batches, one transaction per batch, with the statement
 * of their {@link RecordType}. Files are loaded in dependency order whatever order they are given in.
 * Every write is an idempotent {@code MERGE}, so a repeated or interrupted run can simply be run again.
 * A bad row never stops the run: it becomes a {@link Reject} and the good rows are kept.
 */
public final class Ingestion {

    /** Rows per transaction. */
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    private final GraphStore store;
    private final IngestContext context;
    private final int batchSize;
    private final PrintStream progress;

    public Ingestion(GraphStore store, IngestContext context, int batchSize, PrintStream progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.store = store;
        this.context = context;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    /**
     * Ingests files and the {@code .csv} files directly in folders. Fails (before writing anything) if a
     * file is unreadable or its header unknown; otherwise loads every good row.
     */
    public IngestSummary run(Collection<Path> paths) {
        long started = System.nanoTime();
        List<CsvInputFile> files = openAll(expand(paths));
        List<IngestSummary.FileCounts> counts = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try {
            for (CsvInputFile file : files) {
                counts.add(load(file, rejects));
            }
        } finally {
            closeAll(files);
        }
        return new IngestSummary(counts, rejects, Duration.ofNanos(System.nanoTime() - started));
    }

    private IngestSummary.FileCounts load(CsvInputFile file, List<Reject> rejects) {
        ProgressLine line = new ProgressLine(progress, "ingest " + file.path().getFileName(), 2_000);
        long read = 0;
        long loaded = 0;
        long rejectedBefore = rejects.size();
        List<Pending> batch = new ArrayList<>(batchSize);
        for (InputRow row = file.next(); row != null; row = file.next()) {
            read++;
            Reject cellProblem = file.cellCountProblem(row);
            if (cellProblem != null) {
                rejects.add(cellProblem);
                continue;
            }
            try {
                batch.add(new Pending(row, file.type().map(row)));
            } catch (InvalidFieldException e) {
                rejects.add(new Reject(row.file(), row.line(), e.field(), e.value(), e.getMessage()));
            }
            if (batch.size() == batchSize) {
                loaded += write(file.type(), batch, rejects);
                batch.clear();
                line.update(read);
            }
        }
        loaded += write(file.type(), batch, rejects);
        return new IngestSummary.FileCounts(file.path().toString(), file.type(), read, loaded,
                rejects.size() - rejectedBefore);
    }

    /** Rejects rows citing entities the store does not hold, writes the rest; returns rows written. */
    private long write(RecordType type, List<Pending> batch, List<Reject> rejects) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<EntityKey, Set<String>> cited = new EnumMap<>(EntityKey.class);
        for (Pending pending : batch) {
            type.references().forEach((parameter, key) ->
                    values(pending.parameters().get(parameter)).forEach(v -> cited.computeIfAbsent(key, k -> new HashSet<>()).add(v)));
        }
        Map<EntityKey, Set<String>> missing = new EnumMap<>(EntityKey.class);
        cited.forEach((key, ids) -> missing.put(key, store.missing(key, ids)));
        List<Map<String, Object>> rows = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            Reject reject = unknownReference(type, pending, missing);
            if (reject != null) {
                rejects.add(reject);
            } else {
                rows.add(pending.parameters());
            }
        }
        if (!rows.isEmpty()) {
            store.writeRows(type.statementName(), rows);
        }
        return rows.size();
    }

    private static Reject unknownReference(RecordType type, Pending pending, Map<EntityKey, Set<String>> missing) {
        for (Map.Entry<String, EntityKey> reference : type.references().entrySet()) {
            Set<String> absent = missing.getOrDefault(reference.getValue(), Set.of());
            for (String value : values(pending.parameters().get(reference.getKey()))) {
                if (absent.contains(value)) {
                    String entity = reference.getValue().name().toLowerCase(java.util.Locale.ROOT);
                    return new Reject(pending.row().file(), pending.row().line(), columnOf(reference.getKey()), value,
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

    private List<CsvInputFile> openAll(List<Path> paths) {
        List<CsvInputFile> files = new ArrayList<>();
        try {
            for (Path path : paths) {
                files.add(CsvInputFile.open(path, context));
            }
        } catch (RuntimeException e) {
            closeAll(files);
            throw e;
        }
        files.sort(Comparator.comparing(CsvInputFile::type).thenComparing(f -> f.path().toString()));
        return files;
    }

    private static void closeAll(List<CsvInputFile> files) {
        for (CsvInputFile file : files) {
            try {
                file.close();
            } catch (IOException e) {
                // reading is over; nothing to lose
            }
        }
    }

    private static List<Path> expand(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
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

    private record Pending(InputRow row, Map<String, Object> parameters) {
    }
}
