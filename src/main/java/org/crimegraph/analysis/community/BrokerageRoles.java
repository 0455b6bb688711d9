package org.crimegraph.analysis.community;

import org.crimegraph.analysis.IndexedGraph;

/**
 * Brokerage roles after R. V. Gould and R. M. Fernandez, "Structures of Mediation: A Formal Approach
 * to Brokerage in Transaction Networks", Sociological Methodology 19 (1989) 89–126, with the
 * communities of a {@link Communities} partition as the groups.
 *
 * <p>A broker b mediates an open two-path a – b – c (a and c not adjacent). Gould and Fernandez define
 * five roles on directed paths a → b → c by the groups of a, b and c. The person network is undirected,
 * so each open two-path is counted once, for its middle vertex, in one of four roles:
 * <ul>
 *   <li><b>coordinator</b>: a, b and c all in one group (local broker);</li>
 *   <li><b>itinerant</b> (consultant): a and c in one group, b in another;</li>
 *   <li><b>gatekeeper/representative</b>: b in the group of exactly one of a and c. Read one way
 *       (a → b → c with b in a's group) the path is a representative's; read the other way it is a
 *       gatekeeper's. Without direction the two cannot be told apart, so they are one role here;</li>
 *   <li><b>liaison</b>: a, b and c in three different groups.</li>
 * </ul>
 * Relation to the directed counts: on the symmetric digraph (each edge both ways) every open
 * two-path appears twice, a → b → c and c → b → a, so the directed coordinator, itinerant and liaison
 * counts are twice the counts here, and the directed gatekeeper count and the directed representative
 * count both equal the gatekeeper/representative count here.
 *
 * <p>Cost: Σ over vertices of degree² × log(degree) (a binary search per neighbour pair in the sorted
 * adjacency lists).
 */
public final class BrokerageRoles {

    private final int[] coordinator;
    private final int[] itinerant;
    private final int[] gatekeeperRepresentative;
    private final int[] liaison;

    public BrokerageRoles(IndexedGraph<?> graph, Communities communities) {
        int n = graph.vertexCount();
        coordinator = new int[n];
        itinerant = new int[n];
        gatekeeperRepresentative = new int[n];
        liaison = new int[n];
        for (int b = 0; b < n; b++) {
            int gb = communities.communityOf(b);
            int start = graph.start(b);
            int end = graph.end(b);
            for (int x = start; x < end; x++) {
                int a = graph.neighbour(x);
                int ga = communities.communityOf(a);
                for (int y = x + 1; y < end; y++) {
                    int c = graph.neighbour(y);
                    if (graph.adjacent(a, c)) {
                        continue;
                    }
                    int gc = communities.communityOf(c);
                    if (ga == gc) {
                        if (ga == gb) {
                            coordinator[b]++;
                        } else {
                            itinerant[b]++;
                        }
                    } else if (gb == ga || gb == gc) {
                        gatekeeperRepresentative[b]++;
                    } else {
                        liaison[b]++;
                    }
                }
            }
        }
    }

    /** Open two-paths through vertex {@code i} with all three ends in one community. */
    public int coordinator(int i) {
        return coordinator[i];
    }

    /** Open two-paths through {@code i} whose ends share a community that {@code i} is not in. */
    public int itinerant(int i) {
        return itinerant[i];
    }

    /** Open two-paths through {@code i} where {@code i} shares a community with exactly one end. */
    public int gatekeeperRepresentative(int i) {
        return gatekeeperRepresentative[i];
    }

    /** Open two-paths through {@code i} whose three vertices are in three different communities. */
    public int liaison(int i) {
        return liaison[i];
    }

    /** All open two-paths through {@code i}. */
    public int total(int i) {
        return coordinator[i] + itinerant[i] + gatekeeperRepresentative[i] + liaison[i];
    }

    /** Open two-paths through {@code i} that reach outside {@code i}'s own community (all roles but coordinator). */
    public int betweenCommunities(int i) {
        return itinerant[i] + gatekeeperRepresentative[i] + liaison[i];
    }
}
