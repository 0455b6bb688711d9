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
import org.crimegraph.analysis.VertexScore;
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
        PersonNetwork network = network();
        NetworkScores<String> scores = new NetworkScoring<>(network.graph(), 1).scores();
        return NetworkExport.of(network, scores, new TargetRanking(network, scores).targets(), RELEASE_RULE);
    }

    /** The same export with P1's strength replaced by a negative number, to check numbers stay numbers. */
    static NetworkExport exportWithNegativeStrength() {
        NetworkExport export = export();
        List<VertexScore<String>> changed = new ArrayList<>();
        for (VertexScore<String> s : export.scores().scores()) {
            changed.add(!s.vertex().equals("P1") ? s : new VertexScore<>(s.vertex(), s.index(), s.degree(), -2.5,
                    s.betweenness(), s.normalisedBetweenness(), s.pageRank(), s.closeness(), s.harmonic(),
                    s.eigenvector(), s.coreness(), s.clustering(), s.component(), s.articulationPoint(),
                    s.removal()));
        }
        NetworkScores<String> scores = new NetworkScores<>(export.scores().pathLength(), changed,
                export.scores().componentSizes(), export.scores().bridges());
        return new NetworkExport(export.network(), scores, export.targets(), export.releaseRule(), export.pathLength());
    }

    private static PersonLink link(String a, String b, double weight, Set<String> kinds, Set<String> reports,
                                   String grade) {
        return new PersonLink(a, b, weight, new TreeSet<>(kinds), new TreeSet<>(reports), Grade.parse(grade),
                HandlingCode.P);
    }
}
