package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.export.ExportContext;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.NetworkExport;
import org.crimegraph.export.NetworkExporter;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.scoring.RunAnnotations;
import org.crimegraph.scoring.RunSettings;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.PersonResult;
import org.crimegraph.store.Subgraph;
import org.crimegraph.store.SubgraphReader;

/**
 * Builds what an export holds (from a fresh scoring or a saved run), writes it in the chosen formats
 * and records the export, with file hashes and the release rule, in the audit log.
 */
final class ExportStep {

    private ExportStep() {
    }

    /**
     * The persons an export is centred on and how far out it reaches ({@code --around ID… --hops N}).
     *
     * @param personIds the chosen persons
     * @param hops      relationships followed out from them in the multi-mode graph
     */
    record Around(List<String> personIds, int hops) {
        String describe() {
            return "within " + hops + " hop(s) of " + String.join(", ", personIds) + " in the multi-mode graph";
        }
    }

    /** Exports a network scored just now under {@code result.filter()}. */
    static List<WrittenFile> run(GraphStore store, ScoringResult result, Set<ExportFormat> formats, Path outDir,
                                 AuditOptions audit, StoreOptions storeOptions) {
        return run(store, result, formats, outDir, audit, storeOptions, null);
    }

    /** Exports a network scored just now, optionally only around chosen persons. */
    static List<WrittenFile> run(GraphStore store, ScoringResult result, Set<ExportFormat> formats, Path outDir,
                                 AuditOptions audit, StoreOptions storeOptions, Around around) {
        SavedRun scored = ScoringRuns.build("(not saved)", result, new RunSettings(1, 0, Integer.MAX_VALUE),
                RunAnnotations.NONE, Instant.now(), Instant.now(), Map.of());
        NetworkExport export = new NetworkExport(result.network(), scored.results(), scored.run().measureNames(),
                scored.run().componentSizes(), result.filter().describe(), scored.run().pathLength(), null);
        return write(store, export, result.filter(), formats, outDir, audit, storeOptions, null, around);
    }

    /**
     * Exports a saved run: its results, on the person network projected now under the run's own
     * evidence rule (or a stricter release), restricted to the run's persons.
     *
     * @throws IllegalArgumentException if the release asked for is less restrictive than the run's
     *                                  evidence: a run scored on restricted reports cannot be released
     */
    static List<WrittenFile> runExport(GraphStore store, SavedRun run, ProjectionFilter requested,
                                       Set<ExportFormat> formats, Path outDir, AuditOptions audit,
                                       StoreOptions storeOptions, Around around) {
        HandlingCode runHandling = HandlingCode.valueOf(run.run().maxHandling());
        if (runHandling.ordinal() > requested.maxHandling().ordinal()) {
            throw new IllegalArgumentException("run " + run.run().runId() + " was scored on " + run.run().releaseRule()
                    + ": its scores inherit handling code " + runHandling + " and cannot be released under '"
                    + requested.describe() + "'. Save a run for that release (score --save --release-to partner) "
                    + "and export that one.");
        }
        Grade minGrade = run.run().minGrade() == null ? requested.minGrade() : Grade.parse(run.run().minGrade());
        ProjectionFilter filter = new ProjectionFilter(minGrade, requested.maxHandling());
        PersonNetwork projected = new PersonNetworkReader(store).read(filter);
        Set<String> kept = new HashSet<>(projected.graph().vertexSet());
        List<PersonResult> results = run.results().stream().filter(r -> kept.contains(r.personId())).toList();
        Set<String> scored = new HashSet<>();
        results.forEach(r -> scored.add(r.personId()));
        Map<String, String> names = new LinkedHashMap<>();
        results.forEach(r -> names.put(r.personId(), projected.name(r.personId())));
        List<PersonLink> links = projected.links().stream()
                .filter(l -> scored.contains(l.source()) && scored.contains(l.target())).toList();
        PersonNetwork network = PersonNetwork.of(names, links);
        String rule = filter.describe() + "; scores from saved run " + run.run().runId() + " (" + run.run().releaseRule() + ")";
        NetworkExport export = new NetworkExport(network, results, run.run().measureNames(), run.run().componentSizes(),
                rule, run.run().pathLength(), run.run().runId());
        return write(store, export, filter, formats, outDir, audit, storeOptions, run.run().runId(), around);
    }

    private static List<WrittenFile> write(GraphStore store, NetworkExport whole, ProjectionFilter filter,
                                           Set<ExportFormat> formats, Path outDir, AuditOptions audit,
                                           StoreOptions storeOptions, String runId, Around around) {
        AuditTrail trail = audit.trail(storeOptions, store);
        NetworkExport export = whole;
        Subgraph subgraph = null;
        String scope = "whole person network";
        if (around != null) {
            Release release = Release.of(filter, new PersonNetworkReader(store).reports());
            subgraph = new SubgraphReader(store, release).around(around.personIds(), around.hops());
            Set<String> persons = new HashSet<>();
            subgraph.entities().stream().filter(e -> e.kind().equals("Person")).forEach(e -> persons.add(e.key()));
            export = restrict(whole, persons);
            scope = around.describe();
        }
        ExportContext context = new ExportContext(scope, trail.log().head(), subgraph);
        List<WrittenFile> files;
        try {
            files = new NetworkExporter().write(export, formats, outDir, Instant.now(), context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + outDir + ": " + e.getMessage(), e);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        files.forEach(f -> outputs.put(f.path().toString(), f.sha256()));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("formats", formats.stream().map(Enum::name).sorted().toList());
        parameters.put("out", outDir.toString());
        parameters.put("runId", runId);
        parameters.put("scope", context.scope());
        if (subgraph != null) {
            parameters.put("entities", subgraph.entities().size());
            parameters.put("relationships", subgraph.relationships().size());
        }
        parameters.put("persons", export.network().graph().vertexSet().size());
        parameters.put("links", export.network().graph().edgeSet().size());
        trail.record(AuditEvent.of("export").with(parameters).outputs(outputs).release(export.releaseRule())
                .entry(audit.analyst(), store.target().describe()));
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
        return new NetworkExport(PersonNetwork.of(names, links), results, export.measureNames(), export.componentSizes(),
                export.releaseRule(), export.pathLength(), export.runId());
    }
}
