package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.audit.AuditEntry;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.NetworkExport;
import org.crimegraph.export.NetworkExporter;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.scoring.ScoringResult;

/** Writes a scored network in the chosen formats and records the export, with file hashes, in the audit log. */
final class ExportStep {

    private ExportStep() {
    }

    static List<WrittenFile> run(ScoringResult result, Set<ExportFormat> formats, Path outDir, AuditOptions audit,
                                 StoreOptions storeOptions, String source) {
        NetworkExport export = NetworkExport.of(result.network(), result.scores(), result.targets(),
                result.filter().describe());
        List<WrittenFile> files;
        try {
            files = new NetworkExporter().write(export, formats, outDir, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + outDir + ": " + e.getMessage(), e);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        files.forEach(f -> outputs.put(f.path().toString(), f.sha256()));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("formats", formats.stream().map(Enum::name).sorted().toList());
        parameters.put("out", outDir.toString());
        parameters.put("persons", result.network().graph().vertexSet().size());
        parameters.put("links", result.network().graph().edgeSet().size());
        audit.log(storeOptions).append(new AuditEntry("export", audit.analyst(), parameters, List.of(source), outputs,
                result.filter().describe()));
        return files;
    }
}
