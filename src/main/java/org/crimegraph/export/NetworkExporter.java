package org.crimegraph.export;

import java.io.IOException;
import org.crimegraph.analysis.Monitor;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crimegraph.files.PrivateFiles;

/**
 * The single entry point for exports: writes the chosen formats and then the manifest that lists and
 * hashes them into a staging folder beside the output folder (same file system), then renames them
 * into the output folder, manifest last. A failed export leaves no partial file and no manifest that
 * lies; the staging folder is removed either way.
 */
public final class NetworkExporter {

    /** The task name progress is reported under. */
    public static final String TASK = "export";


    private final CsvNetworkWriter plainCsv = new CsvNetworkWriter();
    private final CsvNetworkWriter excelCsv = new CsvNetworkWriter(true);
    private final GraphMlWriter graphMl = new GraphMlWriter();
    private final GexfWriter gexf = new GexfWriter();
    private final JsonNetworkWriter json = new JsonNetworkWriter();

    private final DlNetworkWriter dl = new DlNetworkWriter();

    private final ExportManifest manifest = new ExportManifest();

    /**
     * Writes {@code export} into {@code outDir}, replacing files of the same names.
     *
     * @param export    what to write (already restricted by its release rule)
     * @param formats   the formats wanted, at least one
     * @param outDir    the output folder, created if missing
     * @param createdAt the export's timestamp, recorded in the manifest
     * @return every file written with its SHA-256, in the order written, the manifest last
     */
    public List<WrittenFile> write(NetworkExport export, Set<ExportFormat> formats, Path outDir, Instant createdAt)
            throws IOException {
        return write(export, formats, outDir, createdAt, ExportContext.WHOLE_NETWORK);
    }

    /** As {@link #write(NetworkExport, Set, Path, Instant)}, stating {@code context} in the manifest. */
    public List<WrittenFile> write(NetworkExport export, Set<ExportFormat> formats, Path outDir, Instant createdAt,
                                   ExportContext context) throws IOException {
        return write(export, formats, outDir, createdAt, context, Monitor.NONE);
    }

    /**
     * As {@link #write(NetworkExport, Set, Path, Instant, ExportContext)}, reporting one step per format to
     * {@code monitor} (task {@value #TASK}, in formats; while each format is written, task
     * {@link #formatTask} with the megabytes written so far; then {@value #MANIFEST_TASK}) and stopping between
     * formats if it is cancelled (nothing is published then).
     *
     * @throws org.crimegraph.analysis.ComputationCancelledException if the monitor's termination is cancelled
     */
    public List<WrittenFile> write(NetworkExport export, Set<ExportFormat> formats, Path outDir, Instant createdAt,
                                   ExportContext context, Monitor monitor) throws IOException {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("choose at least one export format");
        }
        Path target = outDir.toAbsolutePath().normalize();
        PrivateFiles.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
        CsvNetworkWriter csv = context.excel() ? excelCsv : plainCsv;
        I2CsvWriter i2 = new I2CsvWriter(csv);
        SubgraphWriter subgraphs = new SubgraphWriter(csv);
        try {
            List<Path> files = new ArrayList<>();
            int done = 0;
            for (ExportFormat format : EnumSet.copyOf(formats)) {
                monitor.check();
                monitor.progress(TASK, done++, formats.size(), "formats");
                long before = bytes(staging);
                try (var writing = monitor.heartbeat(formatTask(format, done, formats.size()),
                        () -> (bytes(staging) - before) / 1_000_000, "MB written")) {
                    writing.touch();
                    writeFormat(format, export, staging, createdAt, context, csv, i2, subgraphs, files);
                }
            }
            monitor.progress(TASK, formats.size(), formats.size(), "formats");
            try (var hashing = monitor.heartbeat(MANIFEST_TASK)) {
                hashing.touch();
                return publish(manifest.write(export, files, staging, createdAt, context), target);
            }
        } finally {
            PrivateFiles.deleteTree(staging);
        }
    }

    /** The task of hashing the files into the manifest and publishing them. */
    public static final String MANIFEST_TASK = "export: manifest (SHA-256 of every file)";

    /** The task of writing one format, the {@code n}th of {@code of}. */
    public static String formatTask(ExportFormat format, int n, int of) {
        return TASK + ": " + format.name().toLowerCase(java.util.Locale.ROOT) + " (" + n + " of " + of + ")";
    }

    /** The bytes of the files in {@code folder} so far; 0 if it cannot be read. */
    private static long bytes(Path folder) {
        try (var paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file renamed or removed meanwhile
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private void writeFormat(ExportFormat format, NetworkExport export, Path staging, Instant createdAt,
                             ExportContext context, CsvNetworkWriter csv, I2CsvWriter i2, SubgraphWriter subgraphs,
                             List<Path> files) throws IOException {
        switch (format) {
            case CSV -> files.addAll(csv.write(export, staging));
            case GRAPHML -> files.add(graphMl.write(export, staging));
            case GEXF -> files.add(gexf.write(export, staging, createdAt));
            case JSON -> files.add(json.write(export, staging, context));
            case I2 -> files.addAll(i2.write(export, staging));
            case DL -> files.add(dl.write(export, staging));
            case SVG -> files.addAll(SvgNetworkWriter.write(export, staging));
        }
        if (context.subgraph() != null) {
            files.addAll(subgraphs.write(context.subgraph(), format, staging, export.releaseRule(), context.scope()));
        }
    }

    /**
     * Moves the staged files into {@code target} (same file system: each move is a rename), the
     * manifest last and any older manifest removed first, so the folder never holds a manifest that
     * lists files it does not hold.
     */
    private static List<WrittenFile> publish(List<WrittenFile> staged, Path target) throws IOException {
        PrivateFiles.createDirectories(target);
        Files.deleteIfExists(target.resolve(ExportManifest.FILE));
        List<WrittenFile> published = new ArrayList<>(staged.size());
        for (WrittenFile file : staged) {
            Path to = target.resolve(file.path().getFileName().toString());
            try {
                Files.move(file.path(), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file.path(), to, StandardCopyOption.REPLACE_EXISTING);
            }
            published.add(new WrittenFile(to, file.sha256()));
        }
        return List.copyOf(published);
    }
}
