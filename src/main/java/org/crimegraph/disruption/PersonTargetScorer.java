package org.crimegraph.disruption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.NetworkScoring;
import org.crimegraph.graph.PathLength;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;

/**
 * Scores persons of a perturbed person network by the composite target score of
 * {@link TargetRanking} (betweenness, PageRank and strength percentiles plus the articulation bonus):
 * the ranking {@code crimegraph score} prints, so rank stability speaks about that ranking. The links
 * kept are looked up in the original network to carry their evidence.
 */
public final class PersonTargetScorer implements RankStability.Scorer<String> {

    private final PersonNetwork network;
    private final Map<String, String> names;
    private final int threads;
    private final PathLength pathLength;

    /** Path lengths 1/weight, as {@code score} by default. */
    public PersonTargetScorer(PersonNetwork network, int threads) {
        this(network, threads, PathLength.INVERSE_WEIGHT);
    }

    /** @param pathLength how betweenness measures path length, as in the ranking being tested */
    public PersonTargetScorer(PersonNetwork network, int threads, PathLength pathLength) {
        this.network = network;
        this.threads = threads;
        this.pathLength = pathLength;
        this.names = new HashMap<>();
        for (String v : network.graph().vertexSet()) {
            names.put(v, network.name(v));
        }
    }

    @Override
    public double[] score(IndexedGraph<String> graph, Monitor monitor) {
        List<PersonLink> links = new ArrayList<>();
        for (int i = 0; i < graph.vertexCount(); i++) {
            for (int k = graph.start(i); k < graph.end(i); k++) {
                int j = graph.neighbour(k);
                if (j > i) {
                    links.add(network.link(graph.vertex(i), graph.vertex(j)).orElseThrow());
                }
            }
        }
        PersonNetwork perturbed = PersonNetwork.of(names, links);
        var scores = new NetworkScoring<>(IndexedGraph.of(perturbed.graph()),
                NetworkScoring.Parameters.of(pathLength, threads)).compute(monitor);
        double[] result = new double[graph.vertexCount()];
        for (Target t : new TargetRanking(perturbed, scores).targets()) {
            result[graph.indexOf(t.personId())] = t.score();
        }
        return result;
    }
}
