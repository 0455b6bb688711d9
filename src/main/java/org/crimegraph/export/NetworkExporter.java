package org.crimegraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The single entry point for exports: creates the output folder, writes the chosen formats and then
 * the manifest that lists and hashes them.
 */
public final class NetworkExporter {

    private final CsvNetworkWriter plainCsv = new CsvNetworkWriter();
    private final CsvNetworkWriter excelCsv = new CsvNetworkWriter(true);
    private final GraphMlNetworkWriter graphMl = new GraphMlNetworkWriter();
    private final GexfNetworkWriter gexf = new GexfNetworkWriter();
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
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("choose at least one export format");
        }
        Files.createDirectories(outDir);
        CsvNetworkWriter csv = context.excel() ? excelCsv : plainCsv;
        I2CsvWriter i2 = new I2CsvWriter(csv);
        SubgraphWriter subgraphs = new SubgraphWriter(csv);
        List<Path> files = new ArrayList<>();
        for (ExportFormat format : EnumSet.copyOf(formats)) {
            switch (format) {
                case CSV -> files.addAll(csv.write(export, outDir));
                case GRAPHML -> files.add(graphMl.write(export, outDir));
                case GEXF -> files.add(gexf.write(export, outDir, createdAt));
                case JSON -> files.add(json.write(export, outDir, context));
                case I2 -> files.addAll(i2.write(export, outDir));
                case DL -> files.add(dl.write(export, outDir));
            }
            if (context.subgraph() != null) {
                files.addAll(subgraphs.write(context.subgraph(), format, outDir, export.releaseRule(), context.scope()));
            }
        }
        return manifest.write(export, files, outDir, createdAt, context);
    }
}
