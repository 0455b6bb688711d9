package org.crimegraph.analysis.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crimegraph.analysis.IndexedGraph;

/**
 * Describes each community for analysts: size, members, internal density and weight, and its brokers,
 * the members with ties to other communities, ranked by the open two-paths they hold between their
 * community and others ({@link BrokerageRoles#betweenCommunities}), then by the tie strength of their
 * external links, then by vertex order.
 *
 * @param <V> vertex type
 */
public final class CommunitySummary<V extends Comparable<V>> {

    private final List<CommunityProfile<V>> profiles;

    /**
     * @param maxBrokers how many brokers to list per community at most
     */
    public CommunitySummary(IndexedGraph<V> graph, Communities communities, BrokerageRoles roles, int maxBrokers) {
        int count = communities.count();
        int[] internalLinks = new int[count];
        double[] internalWeight = new double[count];
        double[] externalWeight = new double[count];
        int n = graph.vertexCount();
        int[] externalLinks = new int[n];
        double[] vertexExternalWeight = new double[n];
        for (int i = 0; i < n; i++) {
            int c = communities.communityOf(i);
            for (int k = graph.start(i), end = graph.end(i); k < end; k++) {
                int j = graph.neighbour(k);
                if (communities.communityOf(j) == c) {
                    if (i < j) {
                        internalLinks[c]++;
                        internalWeight[c] += graph.weight(k);
                    }
                } else {
                    externalLinks[i]++;
                    vertexExternalWeight[i] += graph.weight(k);
                    externalWeight[c] += graph.weight(k);
                }
            }
        }
        // members of every community in one pass (counting sort by community, vertex order kept)
        int[] first = new int[count + 1];
        for (int i = 0; i < n; i++) {
            first[communities.communityOf(i) + 1]++;
        }
        for (int c = 0; c < count; c++) {
            first[c + 1] += first[c];
        }
        int[] byCommunity = new int[n];
        int[] fill = first.clone();
        for (int i = 0; i < n; i++) {
            byCommunity[fill[communities.communityOf(i)]++] = i;
        }
        List<CommunityProfile<V>> out = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int[] memberIndices = java.util.Arrays.copyOfRange(byCommunity, first[c], first[c + 1]);
            List<V> members = new ArrayList<>(memberIndices.length);
            List<Integer> brokerIndices = new ArrayList<>();
            for (int i : memberIndices) {
                members.add(graph.vertex(i));
                if (externalLinks[i] > 0) {
                    brokerIndices.add(i);
                }
            }
            brokerIndices.sort(Comparator.<Integer>comparingInt(i -> -roles.betweenCommunities(i))
                    .thenComparingDouble(i -> -vertexExternalWeight[i])
                    .thenComparingInt(i -> i));
            List<CommunityProfile.Broker<V>> brokers = new ArrayList<>();
            for (int i : brokerIndices.subList(0, Math.min(maxBrokers, brokerIndices.size()))) {
                brokers.add(new CommunityProfile.Broker<>(graph.vertex(i), externalLinks[i], vertexExternalWeight[i],
                        roles.betweenCommunities(i)));
            }
            long size = memberIndices.length;
            double density = size < 2 ? 0 : internalLinks[c] / (size * (size - 1) / 2.0);
            out.add(new CommunityProfile<>(c, members, internalLinks[c], density, internalWeight[c], externalWeight[c],
                    brokers));
        }
        this.profiles = List.copyOf(out);
    }

    /** One profile per community, by community id. */
    public List<CommunityProfile<V>> profiles() {
        return profiles;
    }
}
