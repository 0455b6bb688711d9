package org.crimegraph.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.score.KeyPlayerSet;
import org.crimegraph.app.score.ScoreNetwork;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.export.ExportAnalyses;
import org.crimegraph.export.ExportContext;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.NetworkExport;
import org.crimegraph.export.NetworkExporter;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.Subgraph;
import org.crimegraph.scoring.RunAnnotations;
import org.crimegraph.scoring.RunSettings;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * Use case {@code export}: the scored person network (scored now, or a saved run) written in the chosen
 * formats with a manifest, and recorded, with file hashes and the release rule, in the audit log. A saved
 * run is exported only under its own release rule or a stricter one ({@link RunRelease}).
 */
public final class ExportNetwork {

    /** Key players computed for an export scored now, unless asked otherwise. */
    public static final int DEFAULT_KEY_PLAYERS = 5;

    /**
     * @param release    the release rule asked for
     * @param formats    the formats to write
     * @param outDir     the output folder
     * @param runId      a saved run to export ({@code latest} for the newest), or null to score now
     * @param around     export only around chosen persons, or null for the whole network
     * @param scoredNow  without a saved run: how to score now (key players, seed, scoring mode)
     * @param excel      CSV files start with a byte-order mark
     * @param sort       order persons by this measure, highest first; null or {@code score} for the composite rank
     */
    public record Request(ProjectionFilter release, Set<ExportFormat> formats, Path outDir, String runId, Around around,
                          ScoredNow scoredNow, boolean excel, String sort) {

        public Request {
            // in the formats' own order, as the exporter writes them
            formats = Collections.unmodifiableSet(formats.isEmpty() ? EnumSet.noneOf(ExportFormat.class)
                    : EnumSet.copyOf(formats));
            Objects.requireNonNull(outDir, "outDir");
        }

        /** Scored now with {@link ScoredNow#EXACT}, CSV without byte-order mark. */
        public static Request scoredNow(ProjectionFilter release, Set<ExportFormat> formats, Path outDir, Around around) {
            return new Request(release, formats, outDir, null, around, ScoredNow.EXACT, false, null);
        }

        AuditEvent audit(NetworkExport export, ExportContext context, String savedRunId, List<WrittenFile> files) {
            Map<String, String> outputs = new LinkedHashMap<>();
            files.forEach(f -> outputs.put(f.path().toString(), f.sha256()));
            AuditEvent event = AuditEvent.of("export")
                    .with("formats", formats.stream().map(Enum::name).sorted().toList())
                    .with("out", outDir.toString()).with("runId", savedRunId).with("scope", context.scope());
            if (around != null) {
                event.with("hopCounting", around.counting().label());
            }
            if (context.subgraph() != null) {
                event.with("entities", context.subgraph().entities().size())
                        .with("relationships", context.subgraph().relationships().size());
            }
            return event.with("persons", export.network().graph().vertexSet().size())
                    .with("links", export.network().graph().edgeSet().size())
                    .outputs(outputs).release(export.releaseRule());
        }
    }

    /**
     * How an export without a saved run scores the network now.
     *
     * @param keyPlayers size of the key-player set (0 for none, and no column)
     * @param seed       seed for the communities and the key-player search
     * @param method     how betweenness, closeness and harmonic are computed (the CLI gives the same default
     *                   budget as {@code score}, so a large network is not scored exactly for hours unasked)
     */
    public record ScoredNow(int keyPlayers, long seed, BetweennessMethod method) {

        /** Default key players and seed, every measure exact: for small networks and tests. */
        public static final ScoredNow EXACT = new ScoredNow(DEFAULT_KEY_PLAYERS,
                org.crimegraph.scoring.NetworkScoringJob.DEFAULT_SEED, BetweennessMethod.EXACT);

        public ScoredNow {
            Objects.requireNonNull(method, "method");
        }
    }

    /** The files written (manifest included) and the evidence rule they rest on, in words. */
    public record Result(List<WrittenFile> files, String evidence) {
    }

    /** The task matching a saved run's results to the network projected now. */
    public static final String MATCH_TASK = "export: the run's results on the network as projected now";

    /** The task putting the persons in the export's order. */
    public static final String ORDER_TASK = "export: ordering the persons";

    private final Auditor auditor;
    private final Monitor monitor;

    public ExportNetwork(Auditor auditor) {
        this(auditor, Monitor.NONE);
    }

    /** Reports progress (scoring when there is no saved run, then one step per file format) to {@code monitor}. */
    public ExportNetwork(Auditor auditor, Monitor monitor) {
        this.auditor = auditor;
        this.monitor = monitor;
    }

    /** Exports a saved run, or scores now (an audited {@code score}) and exports that. */
    public Result run(GraphStore store, Request request) {
        if (request.runId() != null) {
            SavedRun run = new ScoringRuns(store).loadOrLatest(request.runId(), monitor);
            return new Result(exportRun(store, run, request), request.release().describe()
                    + "; scores from saved run " + run.run().runId());
        }
        ScoredNow now = request.scoredNow();
        ScoringResult result = new ScoreNetwork(auditor).run(store, new ScoreNetwork.Request(request.release(), null,
                now.method(), now.seed(), "score", Map.of()), monitor);
        return new Result(exportScored(store, result, request), result.filter().describe());
    }

    /**
     * Exports a network scored just now under {@code result.filter()}, with its communities (from the
     * scoring) and a key-player set of {@code request.scoredNow().keyPlayers()}, both seeded with the scoring's seed and
     * stated in the manifest.
     */
    public List<WrittenFile> exportScored(GraphStore store, ScoringResult result, Request request) {
        long seed = result.communities().seed();
        Set<String> players = KeyPlayerSet.of(result, request.scoredNow().keyPlayers(), seed, monitor);
        SavedRun scored = ScoringRuns.build("(not saved)", result, new RunSettings(1, seed, Integer.MAX_VALUE),
                new RunAnnotations(result.communityByPerson(), Map.of(), players,
                        "Leiden, seed " + seed), Instant.now(), Instant.now(), Map.of());
        NetworkExport export = new NetworkExport(result.network(), scored.results(), scored.run().setup().measureNames(),
                scored.run().input().componentSizes(), result.filter().describe(), scored.run().setup().pathLength(), null);
        var communities = result.communities();
        ExportAnalyses analyses = new ExportAnalyses(
                new ExportAnalyses.Communities(communities.algorithm(), communities.resolution(), communities.seed(),
                        communities.count(), "computed for this export"),
                players.isEmpty() ? null : new ExportAnalyses.KeyPlayers(KeyPlayerSet.MEASURE, players.size(), seed,
                        players.stream().sorted().toList(), "computed for this export"),
                result.scores().mode().describe());
        return write(store, export, result.filter(), null, request, analyses);
    }

    /**
     * Exports a saved run: its results, on the person network projected now under the run's own
     * release rule (or a stricter one), restricted to the run's persons.
     *
     * @throws IllegalArgumentException if the release asked for is less restrictive than the run's
     */
    public List<WrittenFile> exportRun(GraphStore store, SavedRun run, Request request) {
        return exportRun(store, run, request, null);
    }

    /**
     * As {@link #exportRun(GraphStore, SavedRun, Request)}, with the scoring the run was saved from in hand
     * ({@code scoredFrom}, or null): {@code score --save --export} ({@link org.crimegraph.app.run.OvernightRun})
     * exports the run it just saved from the network it scored, without reading it again, when that network
     * was projected under exactly the filter the export asks for; under any other filter it is read afresh.
     */
    public List<WrittenFile> exportRun(GraphStore store, SavedRun run, Request request, ScoringResult scoredFrom) {
        ProjectionFilter filter = RunRelease.filterFor(run.run(), request.release());
        PersonNetwork projected = scoredFrom != null && scoredFrom.filter().equals(filter) ? scoredFrom.network()
                : new PersonNetworkReader(store, monitor).read(filter);
        NetworkExport export = monitor.during(MATCH_TASK, () -> {
            Set<String> kept = new HashSet<>(projected.graph().vertexSet());
            List<PersonResult> results = run.results().stream().filter(r -> kept.contains(r.personId())).toList();
            Set<String> scored = new HashSet<>();
            results.forEach(r -> scored.add(r.personId()));
            Map<String, String> names = new LinkedHashMap<>();
            results.forEach(r -> names.put(r.personId(), projected.name(r.personId())));
            List<PersonLink> links = projected.links().stream()
                    .filter(l -> scored.contains(l.source()) && scored.contains(l.target())).toList();
            String rule = filter.describe() + "; scores from saved run " + run.run().runId() + " ("
                    + run.run().setup().releaseRule() + ")";
            return new NetworkExport(PersonNetwork.of(names, links), results, run.run().setup().measureNames(),
                    run.run().input().componentSizes(), rule, run.run().setup().pathLength(), run.run().runId());
        });
        return write(store, export, filter, run.run().runId(), request, RunRelease.analysesOf(run));
    }

    private List<WrittenFile> write(GraphStore store, NetworkExport whole, ProjectionFilter filter, String runId,
                                    Request request, ExportAnalyses analyses) {
        AuditTrail trail = auditor.trail(store);
        Around around = request.around();
        NetworkExport export = monitor.during(ORDER_TASK, () -> whole.sortedBy(request.sort()));
        Subgraph subgraph = null;
        String scope = "whole person network";
        if (around != null) {
            subgraph = AroundSubgraph.read(store, filter, around);
            Set<String> persons = new HashSet<>();
            subgraph.entities().stream().filter(e -> e.kind().equals("Person")).forEach(e -> persons.add(e.key()));
            export = restrict(export, persons);
            scope = around.describe();
        }
        ExportContext context = new ExportContext(scope, trail.log().head(), subgraph,
                around == null ? null : around.manifest(), analyses, request.excel());
        List<WrittenFile> files;
        try {
            files = new NetworkExporter().write(export, request.formats(), request.outDir(), Instant.now(), context,
                    monitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + request.outDir() + ": " + e.getMessage(), e);
        }
        trail.record(request.audit(export, context, runId, files).entry(auditor.analyst(), store.target().describe()));
        return files;
    }

    /** The export restricted to some persons: their results and the links among them. */
    private static NetworkExport restrict(NetworkExport export, Set<String> persons) {
        List<PersonResult> results = export.persons().stream().filter(p -> persons.contains(p.personId())).toList();
        Set<String> kept = new HashSet<>();
        results.forEach(r -> kept.add(r.personId()));
        Map<String, String> names = new LinkedHashMap<>();
        results.forEach(r -> names.put(r.personId(), export.network().name(r.personId())));
        List<PersonLink> links = export.network().links().stream()
                .filter(l -> kept.contains(l.source()) && kept.contains(l.target())).toList();
        return export.restrictedTo(PersonNetwork.of(names, links), results);
    }
}
