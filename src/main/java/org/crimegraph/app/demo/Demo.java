package org.crimegraph.app.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.export.ExportNetwork;
import org.crimegraph.app.ingest.IngestReports;
import org.crimegraph.app.score.ScoreNetwork;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.InputFileException;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;

/**
 * Use case {@code demo}: the whole path on a case. Into a fresh embedded store under the work folder it
 * ingests the case, scores the network (all reports, then only the shareable ones) and writes the CSV and
 * GraphML exports for both audiences, every step audited.
 */
public final class Demo {

    /** Marks a folder as the demo's own, so that it may be wiped on the next run. */
    public static final String MARKER = ".crimegraph-demo";

    /**
     * @param data     the case to load, or null for the sample case bundled in the jar
     * @param workdir  folder for the store, exports, rejects and audit log; wiped first if a previous demo's
     * @param analyst  the name the audit log records
     * @param auditLog the audit log to write, or null for {@code audit.jsonl} in the work folder
     */
    public record Request(Path data, Path workdir, String analyst, Path auditLog) {

        Path store() {
            return workdir.resolve("store");
        }

        Path chosenLog() {
            return auditLog != null ? auditLog : workdir.resolve("audit.jsonl");
        }
    }

    /**
     * @param data     what was loaded: the folder, or "the bundled sample case"
     * @param store    the demo's store folder
     * @param storeDescription the store in words
     * @param ingest   the ingest
     * @param rejects  the rejects file
     * @param internal the scoring on all reports
     * @param partner  the scoring on shareable reports only
     * @param files    the exports written, internal first
     * @param auditLog the audit log written
     * @param elapsed  how long the demo took
     */
    public record Result(String data, Path store, String storeDescription, IngestReports.Result ingest, Path rejects,
                         ScoringResult internal, ScoringResult partner, List<WrittenFile> files, Path auditLog,
                         Duration elapsed) {
    }

    /** Runs the demo, ingest progress on {@code progress}. */
    public Result run(Request request, PrintStream progress) {
        Path data = request.data();
        boolean bundled = data == null;
        if (!bundled && !Files.isDirectory(data)) {
            throw new InputFileException(data + ": no such folder (pass --data DIR with the case to load, or leave "
                    + "--data out for the bundled sample case)");
        }
        prepareWorkdir(request.workdir());
        long started = System.nanoTime();
        if (bundled) {
            data = SampleCase.extract();
        }
        Auditor auditor = Auditor.of(request.analyst(), request.chosenLog(), request.store());
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(request.store()))) {
            Path rejects = request.workdir().resolve("rejects.csv");
            IngestReports.Result ingest = new IngestReports(auditor).run(store, new IngestReports.Request(List.of(data),
                    "GB", ZoneId.of("UTC"), Ingestion.DEFAULT_BATCH_SIZE, rejects), progress, Monitor.NONE);
            ScoreNetwork scoring = new ScoreNetwork(auditor);
            ScoringResult internal = scoring.run(store, ScoreNetwork.Request.of(ProjectionFilter.ALL, null));
            ExportNetwork export = new ExportNetwork(auditor);
            EnumSet<ExportFormat> formats = EnumSet.of(ExportFormat.CSV, ExportFormat.GRAPHML);
            Path exports = request.workdir().resolve("exports");
            List<WrittenFile> files = new ArrayList<>(export.exportScored(store, internal,
                    ExportNetwork.Request.scoredNow(ProjectionFilter.ALL, formats, exports.resolve("internal"), null)));
            ScoringResult partner = scoring.run(store, ScoreNetwork.Request.of(ProjectionFilter.RELEASABLE, null));
            files.addAll(export.exportScored(store, partner, ExportNetwork.Request.scoredNow(ProjectionFilter.RELEASABLE,
                    formats, exports.resolve("partner"), null)));
            return new Result(bundled ? "the bundled sample case" : data.toString(), request.store(),
                    store.target().describe(), ingest, rejects, internal, partner, List.copyOf(files),
                    request.chosenLog(), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (bundled) {
                SampleCase.remove(data);
            }
        }
    }

    /** Creates the work folder, wiping it first only if a previous demo made it. */
    private static void prepareWorkdir(Path workdir) {
        try {
            if (Files.exists(workdir)) {
                boolean ours = Files.exists(workdir.resolve(MARKER));
                boolean empty;
                try (Stream<Path> children = Files.list(workdir)) {
                    empty = children.findAny().isEmpty();
                }
                if (!ours && !empty) {
                    throw new IllegalArgumentException(workdir + " exists and is not a crimegraph demo folder; "
                            + "choose another --workdir");
                }
                if (ours) {
                    PrivateFiles.deleteTree(workdir);
                }
            }
            PrivateFiles.createDirectories(workdir);
            Files.writeString(workdir.resolve(MARKER), "created by crimegraph demo; this folder is wiped by the next demo\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + workdir + ": " + e.getMessage(), e);
        }
    }
}
