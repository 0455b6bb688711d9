package org.crimegraph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.NetworkScoring;
import org.crimegraph.analysis.TargetRanking;
import java.time.Instant;
import org.crimegraph.analysis.Target;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.RunAnnotations;
import org.crimegraph.scoring.RunSettings;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.model.PersonResult;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;

/**
 * A small hand-made network for export tests: a triangle P1-P2-P3, P3 as broker to P4, P4 to P5,
 * and an isolated P6. Some names are hostile spreadsheet formulas.
 */
final class ExportFixture {

    static final String RELEASE_RULE = "release to partner: handling code P only";

    private ExportFixture() {
    }

    static PersonNetwork network() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("P1", "=HYPERLINK(\"http://evil.example\",\"x\")");
        names.put("P2", "+33 6 12 34 56 78");
        names.put("P3", "Carl Dunn");
        names.put("P4", "-Dirk, \"the broker\"");
        names.put("P5", "@Eva Lund");
        names.put("P6", "\tFinn Moss");
        List<PersonLink> links = new ArrayList<>();
        links.add(link("P1", "P2", 1.0, Set.of("associate"), Set.of("R01"), "1A"));
        links.add(link("P1", "P3", 2.0, Set.of("call", "associate"), Set.of("R02", "R03"), "2B"));
        links.add(link("P2", "P3", 1.5, Set.of("transaction"), Set.of("R04"), "1B"));
        links.add(link("P3", "P4", 3.0, Set.of("call"), Set.of("R05", "R06", "R07"), "3C"));
        links.add(link("P4", "P5", 0.5, Set.of("shared_phone"), Set.of("R08"), "2C"));
        return PersonNetwork.of(names, links);
    }

    static NetworkExport export() {
        return export(network(), RELEASE_RULE);
    }

    /** The scores of the fixture network. */
    static NetworkScores<String> scores() {
        return new NetworkScoring<>(org.crimegraph.analysis.IndexedGraph.of(network().graph()), NetworkScoring.Parameters.defaults(1)).compute();
    }

    /** The ranked targets of the fixture network. */
    static List<Target> targets() {
        return new TargetRanking(network(), scores()).targets();
    }

    /** An export of any network, scored now as the CLI does (every measure, rank and reason). */
    static NetworkExport export(PersonNetwork network, String releaseRule) {
        NetworkScores<String> scores = new NetworkScoring<>(org.crimegraph.analysis.IndexedGraph.of(network.graph()), NetworkScoring.Parameters.defaults(1)).compute();
        ScoringResult result = org.crimegraph.scoring.NetworkScoringJob.score(ProjectionFilter.ALL, network,
                org.crimegraph.scoring.NetworkScoringJob.Parameters.defaults(1), org.crimegraph.analysis.Monitor.NONE);
        SavedRun run = ScoringRuns.build("R-TEST", result, new RunSettings(1, 1, 100), RunAnnotations.NONE,
                Instant.EPOCH, Instant.EPOCH, Map.of());
        return new NetworkExport(network, run.results(), run.run().setup().measureNames(), run.run().input().componentSizes(),
                releaseRule, run.run().setup().pathLength(), null);
    }

    /** The fixture scored with communities {P1,P2,P3} = 0, {P4,P5} = 1, P6 = 2 and key player P3. */
    static NetworkExport exportWithAnalyses() {
        PersonNetwork network = network();
        ScoringResult result = org.crimegraph.scoring.NetworkScoringJob.score(ProjectionFilter.ALL, network,
                org.crimegraph.scoring.NetworkScoringJob.Parameters.defaults(1), org.crimegraph.analysis.Monitor.NONE);
        RunAnnotations annotations = new RunAnnotations(Map.of("P1", 0, "P2", 0, "P3", 0, "P4", 1, "P5", 1, "P6", 2), Map.of(),
                Set.of("P3"), "Leiden, seed 1");
        SavedRun run = ScoringRuns.build("R-TEST", result, new RunSettings(1, 1, 100), annotations,
                Instant.EPOCH, Instant.EPOCH, Map.of());
        return new NetworkExport(network, run.results(), run.run().setup().measureNames(), run.run().input().componentSizes(),
                RELEASE_RULE, run.run().setup().pathLength(), null);
    }

    /** The same export with P1's strength replaced by a negative number, to check numbers stay numbers. */
    static NetworkExport exportWithNegativeStrength() {
        NetworkExport export = export();
        List<PersonResult> changed = new ArrayList<>();
        for (PersonResult p : export.persons()) {
            if (!p.personId().equals("P1")) {
                changed.add(p);
                continue;
            }
            Map<String, Double> measures = new LinkedHashMap<>(p.measures());
            measures.put("strength", -2.5);
            changed.add(new PersonResult(p.personId(), p.name(), p.ranking(), measures, p.place(), p.reasons()));
        }
        return new NetworkExport(export.network(), changed, export.measureNames(), export.componentSizes(),
                export.releaseRule(), export.pathLength(), export.runId());
    }

    private static PersonLink link(String a, String b, double weight, Set<String> kinds, Set<String> reports,
                                   String grade) {
        return new PersonLink(a, b, weight, new TreeSet<>(kinds), new TreeSet<>(reports), Grade.parse(grade),
                HandlingCode.P);
    }
}
