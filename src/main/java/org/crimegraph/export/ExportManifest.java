package org.crimegraph.export;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.files.PrivateFiles;

/**
 * Writes {@code manifest.json} next to the exported files: when the export was made, the release
 * rule and path-length convention it was made under, how much it holds, and the name, size and
 * SHA-256 of every file, so that a recipient can check that nothing was altered or left out. It
 * also names the saved run the results come from and the audit log's newest line hash when the
 * export was made ({@code auditHead}), which ties the files to a point in the audit chain. An
 * {@code --around} export states its chosen persons, hops and how the hops were counted ({@code around}:
 * {@code hopCounting} is {@code person-to-person} or {@code multi-mode}); it is null for the whole network.
 *
 * <p>The creation time is passed in rather than read from the clock, so that the caller records the
 * same instant in its audit log and tests are reproducible.
 */
public final class ExportManifest {

    /** File name of the manifest. */
    public static final String FILE = "manifest.json";
    /** Identifies the manifest layout; increase {@link #VERSION} when it changes. */
    public static final String FORMAT = "crimegraph-export-manifest";
    /** Version of the manifest layout. */
    public static final int VERSION = 1;

    private final ObjectMapper mapper = Json.mapper();

    /** Contents of {@code manifest.json}. */
    record Document(String format, int version, String created, String releaseRule, String pathLength,
                    String runId, String scope, ExportContext.Around around, String auditHead, ExportAnalyses analyses,
                    String personOrder, Counts counts, List<FileEntry> files) {
    }

    /** How much the export holds; {@code entities} and {@code relationships} count the --around subgraph. */
    record Counts(int persons, int links, long ranked, int components, int entities, int relationships) {
    }

    /** One listed file: name relative to the manifest's folder, size in bytes, SHA-256. */
    record FileEntry(String name, long bytes, String sha256) {
    }

    /**
     * Hashes {@code files} and writes {@code manifest.json} listing them into {@code dir}.
     *
     * @param export    what was exported
     * @param files     the files written, all inside {@code dir}
     * @param dir       the export folder
     * @param createdAt when the export was made
     * @param context   what else the manifest states: scope and audit head
     * @return the listed files with their hashes, followed by the manifest itself with its hash
     */
    public List<WrittenFile> write(NetworkExport export, List<Path> files, Path dir, Instant createdAt,
                                   ExportContext context) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        List<WrittenFile> written = new ArrayList<>();
        List<FileEntry> entries = new ArrayList<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!folder.equals(absolute.getParent())) {
                throw new IllegalArgumentException(file + " is not in the export folder " + dir);
            }
            WrittenFile hashed = WrittenFile.hash(file);
            written.add(hashed);
            entries.add(new FileEntry(absolute.getFileName().toString(), Files.size(file), hashed.sha256()));
        }
        Counts counts = new Counts(export.network().graph().vertexSet().size(),
                export.network().graph().edgeSet().size(), export.ranked(), export.componentSizes().size(),
                context.subgraph() == null ? 0 : context.subgraph().entities().size(),
                context.subgraph() == null ? 0 : context.subgraph().relationships().size());
        Document document = new Document(FORMAT, VERSION, createdAt.toString(), export.releaseRule(),
                export.pathLength(), export.runId(), context.scope(), context.around(), context.auditHead(), context.analyses(),
                NetworkExport.orderDescription(export.sortMeasure()), counts, entries);
        Path manifest = dir.resolve(FILE);
        mapper.writeValue(PrivateFiles.newOutputStream(manifest), document);
        written.add(WrittenFile.hash(manifest));
        return List.copyOf(written);
    }
}
