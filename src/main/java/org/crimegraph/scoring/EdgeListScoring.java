package org.crimegraph.scoring;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.EdgeListFile;

/**
 * Scores a network read from an edge-list file ({@link EdgeListFile}) instead of the store: for data
 * from elsewhere (another agency's link chart, a published network). Everything downstream (targets
 * with reasons, communities, disruption) works as for a store projection; the links carry no reports,
 * so grading and handling do not apply and the results say so.
 */
public final class EdgeListScoring {

    /** The evidence kind given to every link read from an edge list. */
    public static final String KIND = "edge list";

    private EdgeListScoring() {
    }

    /** Reads {@code file} (progress lines to {@code progress}, may be null) and scores it with 1/weight path lengths. */
    public static ScoringResult score(Path file, int threads, BetweennessMethod method, long seed, PrintStream progress) {
        return score(file, new NetworkScoringJob.Parameters(threads, method, seed), progress);
    }

    /** Reads {@code file} (progress lines to {@code progress}, may be null) and scores it. */
    public static ScoringResult score(Path file, NetworkScoringJob.Parameters parameters, PrintStream progress) {
        long start = System.nanoTime();
        IndexedGraph<String> graph = EdgeListFile.read(file, progress);
        PersonNetwork network = network(graph);
        return NetworkScoringJob.score(ProjectionFilter.ALL, network, graph, parameters, describe(file),
                Monitor.NONE, org.crimegraph.model.StepSeconds.since(start, System.nanoTime()));
    }

    /** What results from {@code file} rest on, for people. */
    public static String describe(Path file) {
        return "edge list " + file + " (no reports: grading and handling codes do not apply)";
    }

    /** The person network of an edge list: persons named by their ids, one link per pair, no reports. */
    static PersonNetwork network(IndexedGraph<String> graph) {
        SortedSet<String> kinds = new TreeSet<>(List.of(KIND));
        SortedSet<String> noReports = new TreeSet<>();
        List<PersonLink> links = new ArrayList<>(graph.edgeCount());
        Map<String, String> names = new java.util.HashMap<>(graph.vertexCount() * 2);
        for (int i = 0; i < graph.vertexCount(); i++) {
            names.put(graph.vertex(i), graph.vertex(i));
            for (int k = graph.start(i); k < graph.end(i); k++) {
                int j = graph.neighbour(k);
                if (i < j) {
                    links.add(new PersonLink(graph.vertex(i), graph.vertex(j), graph.weight(k), kinds, noReports,
                            null, null));
                }
            }
        }
        return PersonNetwork.of(names, links);
    }
}
