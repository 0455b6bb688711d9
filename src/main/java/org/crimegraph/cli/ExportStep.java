package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.graph.Release;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.scoring.RunAnnotations;
import org.crimegraph.scoring.RunSettings;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.Subgraph;
import org.crimegraph.store.SubgraphReader;
import org.crimegraph.store.query.NetworkReading;

/**
 * Builds what an export holds (from a fresh scoring or a saved run), writes it in the chosen formats
 * and records the export, with file hashes and the release rule, in the audit log.
 */
final class ExportStep {

    private ExportStep() {
    }

    /** How the hops of {@code --around} are counted; the manifest names it ({@code around.hopCounting}). */
    enum HopCounting {
        /** {@code --hops N}: person-to-person steps in the person network, as {@code neighbours --hops N} counts them. */
        PERSON_STEPS("person-to-person", "person-to-person steps, as 'neighbours --hops' counts them"),
        /** {@code --mode-hops N}: relationships of the multi-mode graph (person → phone → call → phone → person is 4). */
        MULTI_MODE("multi-mode", "relationships of the multi-mode graph (--mode-hops)");

        final String label;
        final String words;

        HopCounting(String label, String words) {
            this.label = label;
            this.words = words;
        }
    }

    /**
     * The persons an export is centred on and how far out it reaches ({@code --around ID… --hops N} or
     * {@code --mode-hops N}).
     *
     * @param personIds the chosen persons
     * @param hops      how far out from them
     * @param counting  what a hop is
     */
    record Around(List<String> personIds, int hops, HopCounting counting) {

        /** Person-to-person steps, as {@code neighbours} counts them (the default). */
        Around(List<String> personIds, int hops) {
            this(personIds, hops, HopCounting.PERSON_STEPS);
        }

        String describe() {
            return "within " + hops + " hop(s) of " + String.join(", ", personIds) + ", counted in " + counting.words;
        }

        ExportContext.Around manifest() {
            return new ExportContext.Around(personIds, hops, counting.label);
        }
    }

    /** Key players computed for an export scored now, unless {@code --key-players} says otherwise. */
    static final int DEFAULT_KEY_PLAYERS = 5;
    /** What the key-player set of an export maximises. */
    static final String KEY_PLAYER_MEASURE = "F (fragmentation; Borgatti 2006, KPP-Neg)";

    /** Exports a network scored just now under {@code result.filter()}, with the default key-player set. */
    static List<WrittenFile> run(GraphStore store, ScoringResult result, Set<ExportFormat> formats, Path outDir,
                                 AuditOptions audit, StoreOptions storeOptions) {
        return run(store, result, formats, outDir, audit, storeOptions, null, DEFAULT_KEY_PLAYERS, false);
    }

    /** Exports a network scored just now, optionally only around chosen persons, with the default key-player set. */
    static List<WrittenFile> run(GraphStore store, ScoringResult result, Set<ExportFormat> formats, Path outDir,
                                 AuditOptions audit, StoreOptions storeOptions, Around around) {
        return run(store, result, formats, outDir, audit, storeOptions, around, DEFAULT_KEY_PLAYERS, false);
    }

    /**
     * Exports a network scored just now, optionally only around chosen persons, with its communities
     * (from the scoring) and a key-player set of {@code keyPlayers} (0 for none: no column), both seeded
     * with the scoring's seed and stated in the manifest; {@code excel}: CSV files with a byte-order mark.
     */
    static List<WrittenFile> run(GraphStore store, ScoringResult result, Set<ExportFormat> formats, Path outDir,
                                 AuditOptions audit, StoreOptions storeOptions, Around around, int keyPlayers,
                                 boolean excel) {
        long seed = result.communities().seed();
        Set<String> players = RunStep.keyPlayers(result, keyPlayers, seed, org.crimegraph.analysis.Monitor.NONE);
        SavedRun scored = ScoringRuns.build("(not saved)", result, new RunSettings(1, seed, Integer.MAX_VALUE),
                new RunAnnotations(result.communityByPerson(), players), Instant.now(), Instant.now(), Map.of());
        NetworkExport export = new NetworkExport(result.network(), scored.results(), scored.run().measureNames(),
                scored.run().componentSizes(), result.filter().describe(), scored.run().pathLength(), null);
        var communities = result.communities();
        ExportAnalyses analyses = new ExportAnalyses(
                new ExportAnalyses.Communities(communities.algorithm(), communities.resolution(), communities.seed(),
                        communities.count(), "computed for this export"),
                players.isEmpty() ? null : new ExportAnalyses.KeyPlayers(KEY_PLAYER_MEASURE, players.size(), seed,
                        players.stream().sorted().toList(), "computed for this export"));
        return write(store, export, result.filter(), formats, outDir, audit, storeOptions, null, around, analyses,
                excel);
    }

    /** What a saved run's results say about its communities and key players. */
    static ExportAnalyses analysesOf(SavedRun run) {
        String source = "saved run " + run.run().runId();
        long communities = run.results().stream().map(PersonResult::community).filter(java.util.Objects::nonNull)
                .distinct().count();
        List<String> players = run.results().stream().filter(PersonResult::keyPlayer).map(PersonResult::personId)
                .sorted().toList();
        return new ExportAnalyses(
                communities == 0 ? null : new ExportAnalyses.Communities(null, null, run.run().seed(), communities, source),
                players.isEmpty() ? null : new ExportAnalyses.KeyPlayers(KEY_PLAYER_MEASURE, players.size(),
                        run.run().seed(), players, source));
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
        return runExport(store, run, requested, formats, outDir, audit, storeOptions, around, false);
    }

    /** As above; {@code excel}: CSV files with a byte-order mark. */
    static List<WrittenFile> runExport(GraphStore store, SavedRun run, ProjectionFilter requested,
                                       Set<ExportFormat> formats, Path outDir, AuditOptions audit,
                                       StoreOptions storeOptions, Around around, boolean excel) {
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
        return write(store, export, filter, formats, outDir, audit, storeOptions, run.run().runId(), around,
                analysesOf(run), excel);
    }

    private static List<WrittenFile> write(GraphStore store, NetworkExport whole, ProjectionFilter filter,
                                           Set<ExportFormat> formats, Path outDir, AuditOptions audit,
                                           StoreOptions storeOptions, String runId, Around around,
                                           ExportAnalyses analyses, boolean excel) {
        AuditTrail trail = audit.trail(storeOptions, store);
        NetworkExport export = whole;
        Subgraph subgraph = null;
        String scope = "whole person network";
        if (around != null) {
            subgraph = around.counting() == HopCounting.PERSON_STEPS ? personSteps(store, filter, around)
                    : new SubgraphReader(store, Release.of(filter, new PersonNetworkReader(store).reports()))
                            .around(around.personIds(), around.hops());
            Set<String> persons = new HashSet<>();
            subgraph.entities().stream().filter(e -> e.kind().equals("Person")).forEach(e -> persons.add(e.key()));
            export = restrict(whole, persons);
            scope = around.describe();
        }
        ExportContext context = new ExportContext(scope, trail.log().head(), subgraph,
                around == null ? null : around.manifest(), analyses, excel);
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
        if (around != null) {
            parameters.put("hopCounting", around.counting().label);
        }
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

    /**
     * The subgraph of {@code --around … --hops N}: the persons within N person-to-person steps of the chosen
     * ones, read exactly as {@code neighbours} reads them (same projection, release rule and time window),
     * and the multi-mode elements of every piece of evidence that links two of them and stands under the rule.
     *
     * @throws IllegalArgumentException if a chosen person is not in the store or rests only on withheld reports
     */
    private static Subgraph personSteps(GraphStore store, ProjectionFilter filter, Around around) {
        List<ReportGrading> reports = new PersonNetworkReader(store).reports();
        Release release = Release.of(filter, reports);
        PersonNetworkProjection projection = new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS);
        LocalNetwork local = new NetworkReading(store, projection, reports, PersonNetworkReader.DEFAULT_CROSSING_WINDOW,
                e -> filter.inWindow(e.at() == null ? null : e.at().toInstant()))
                .around(around.personIds(), around.hops(), Integer.MAX_VALUE);
        PersonNetwork network = local.project(projection, reports);
        Set<String> persons = network.graph().vertexSet();
        List<String> missing = around.personIds().stream().filter(id -> !persons.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not found, or resting only on reports this release withholds: "
                    + String.join(", ", missing));
        }
        Map<String, Integer> steps = new LinkedHashMap<>();
        local.depth().forEach((id, depth) -> {
            if (persons.contains(id)) {
                steps.put(id, depth);
            }
        });
        List<SubgraphReader.Link> links = new ArrayList<>();
        for (PersonLink link : network.links()) {
            if (steps.containsKey(link.source()) && steps.containsKey(link.target())) {
                local.between(link.source(), link.target(), release).forEach(e -> links.add(
                        new SubgraphReader.Link(link.source(), link.target(), e.kind(), e.evidenceId())));
            }
        }
        return new SubgraphReader(store, release).linking(steps, links);
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
