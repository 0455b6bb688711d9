package org.crimegraph.paths;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shortest path in hops between two persons of a network too large to load, reading it as it goes:
 * breadth-first from both ends, always expanding the smaller frontier by one level (Pohl 1971,
 * "Bi-directional search", Machine Intelligence 6), until the two searches meet or the hop limit is used
 * up. Only the persons within about half the distance of each end are ever read, which is what keeps a
 * six-hop search in a million-person store fast. The network is given by an {@link Adjacency} (the store
 * reads it level by level, applying the release filter); this class is pure.
 */
public final class BidirectionalSearch {

    /** Neighbours of a set of persons, under whatever filter the caller applies. */
    @FunctionalInterface
    public interface Adjacency {
        /** For each person of {@code frontier}, its neighbours (persons without any may be left out). */
        Map<String, Set<String>> neighbours(Set<String> frontier);
    }

    private final Adjacency adjacency;

    public BidirectionalSearch(Adjacency adjacency) {
        this.adjacency = adjacency;
    }

    /** A shortest path (persons in order) of at most {@code maxHops} links, or empty. */
    public Optional<List<String>> shortest(String a, String b, int maxHops) {
        if (a.equals(b)) {
            return Optional.of(List.of(a));
        }
        Map<String, String> parentA = new HashMap<>();
        Map<String, String> parentB = new HashMap<>();
        parentA.put(a, null);
        parentB.put(b, null);
        Set<String> frontierA = new TreeSet<>(Set.of(a));
        Set<String> frontierB = new TreeSet<>(Set.of(b));
        int depthA = 0;
        int depthB = 0;
        while (depthA + depthB < maxHops && !frontierA.isEmpty() && !frontierB.isEmpty()) {
            boolean fromA = frontierA.size() <= frontierB.size();
            Set<String> frontier = fromA ? frontierA : frontierB;
            Map<String, String> own = fromA ? parentA : parentB;
            Map<String, String> other = fromA ? parentB : parentA;
            Map<String, Set<String>> neighbours = adjacency.neighbours(frontier);
            Set<String> next = new TreeSet<>();
            String meetFrom = null;
            String meetAt = null;
            for (String u : frontier) {
                for (String v : new TreeSet<>(neighbours.getOrDefault(u, Set.of()))) {
                    if (own.containsKey(v)) {
                        continue;
                    }
                    own.put(v, u);
                    next.add(v);
                    if (meetAt == null && other.containsKey(v)) {
                        meetFrom = u;
                        meetAt = v;
                    }
                }
            }
            if (fromA) {
                depthA++;
                frontierA = next;
            } else {
                depthB++;
                frontierB = next;
            }
            if (meetAt != null) {
                // the other side's frontier is one level: every meeting point is at the same total depth
                List<String> path = SearchTree.pathTo(meetAt, parentA);
                path.addAll(SearchTree.ancestors(parentB.get(meetAt), parentB));
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
