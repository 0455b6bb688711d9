package org.crimegraph.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crimegraph.analysis.timeline.CommunityMatching.Change;
import org.crimegraph.analysis.timeline.CommunityMatching.Kind;
import org.junit.jupiter.api.Test;

class CommunityMatchingTest {

    @Test
    void handComputedSplitMergeBirthAndDeath() {
        Map<String, Integer> before = new HashMap<>();
        Map<String, Integer> after = new HashMap<>();
        for (String p : List.of("a1", "a2", "a3", "a4")) {
            before.put(p, 1); // community 1 splits into 10 and 11
        }
        after.put("a1", 10);
        after.put("a2", 10);
        after.put("a3", 11);
        after.put("a4", 11);
        for (String p : List.of("b1", "b2", "c1", "c2")) {
            before.put(p, p.startsWith("b") ? 2 : 3); // communities 2 and 3 merge into 12
            after.put(p, 12);
        }
        before.put("d1", 4); // community 4's only member leaves: dissolved
        after.put("e1", 13); // a newcomer alone: appeared
        List<Change> changes = CommunityMatching.match(before, after);
        assertThat(changes).extracting(Change::kind).containsExactly(Kind.MERGED, Kind.SPLIT, Kind.APPEARED,
                Kind.DISSOLVED);
        assertThat(changes.get(0).before()).containsExactly(2, 3);
        assertThat(changes.get(0).jaccard()).isEqualTo(0.5);
        assertThat(changes.get(1).after()).containsExactly(10, 11);
    }

    /** The contingency-table matching gives exactly what intersecting every pair of member sets gives. */
    @Test
    void equalsThePairwiseDefinitionOnRandomPartitions() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            int persons = 5 + random.nextInt(120);
            int communities = 1 + random.nextInt(12);
            Map<String, Integer> before = new HashMap<>();
            Map<String, Integer> after = new HashMap<>();
            for (int i = 0; i < persons; i++) {
                String p = "P" + i;
                int c = random.nextInt(communities);
                if (random.nextInt(10) > 0) {
                    before.put(p, c);
                }
                if (random.nextInt(10) > 0) { // mostly the same community, sometimes moved
                    after.put(p, random.nextInt(4) == 0 ? random.nextInt(communities + 2) : c + 100 * (round % 2));
                }
            }
            assertThat(CommunityMatching.match(before, after)).as("round %d", round)
                    .isEqualTo(Pairwise.match(before, after));
        }
    }

    /** The definition, written as directly as it reads: one set intersection per pair of communities. */
    private static final class Pairwise {

        static List<Change> match(Map<String, Integer> before, Map<String, Integer> after) {
            Set<String> common = new HashSet<>(before.keySet());
            common.retainAll(after.keySet());
            Map<Integer, Set<String>> olds = members(before, common);
            Map<Integer, Set<String>> news = members(after, common);
            Map<Integer, Set<String>> newsAll = members(after, null);
            Map<Integer, Set<String>> oldsAll = members(before, null);
            Map<Integer, Integer> destination = new HashMap<>();
            olds.forEach((c, m) -> majority(m, news).ifPresent(d -> destination.put(c, d)));
            Map<Integer, Integer> origin = new HashMap<>();
            news.forEach((c, m) -> majority(m, olds).ifPresent(o -> origin.put(c, o)));
            List<Change> changes = new ArrayList<>();
            Set<Integer> explainedOld = new HashSet<>();
            Set<Integer> explainedNew = new HashSet<>();
            Map<Integer, List<Integer>> mergedInto = new TreeMap<>();
            destination.forEach((o, d) -> mergedInto.computeIfAbsent(d, k -> new ArrayList<>()).add(o));
            mergedInto.forEach((d, sources) -> {
                if (sources.size() > 1) {
                    sources.sort(null);
                    changes.add(new Change(Kind.MERGED, sources, List.of(d), bestJaccard(newsAll.get(d), oldsAll),
                            newsAll.get(d)));
                    explainedOld.addAll(sources);
                    explainedNew.add(d);
                }
            });
            Map<Integer, List<Integer>> splitFrom = new TreeMap<>();
            origin.forEach((n, o) -> splitFrom.computeIfAbsent(o, k -> new ArrayList<>()).add(n));
            splitFrom.forEach((o, parts) -> {
                if (parts.size() > 1) {
                    parts.sort(null);
                    changes.add(new Change(Kind.SPLIT, List.of(o), parts, bestJaccard(oldsAll.get(o), newsAll),
                            oldsAll.get(o)));
                    explainedOld.add(o);
                    explainedNew.addAll(parts);
                }
            });
            for (Map.Entry<Integer, Set<String>> n : newsAll.entrySet()) {
                if (explainedNew.contains(n.getKey())) {
                    continue;
                }
                double best = 0;
                Integer match = null;
                for (Map.Entry<Integer, Set<String>> o : oldsAll.entrySet()) {
                    double j = CommunityMatching.jaccard(n.getValue(), o.getValue());
                    if (j > best) {
                        best = j;
                        match = o.getKey();
                    }
                }
                if (best < CommunityMatching.NEW_COMMUNITY_JACCARD) {
                    changes.add(new Change(Kind.APPEARED, List.of(), List.of(n.getKey()), best, n.getValue()));
                } else if (best >= CommunityMatching.SAME_COMMUNITY_JACCARD && !explainedOld.contains(match)) {
                    changes.add(new Change(Kind.CONTINUED, List.of(match), List.of(n.getKey()), best, n.getValue()));
                    explainedOld.add(match);
                }
            }
            for (Map.Entry<Integer, Set<String>> o : oldsAll.entrySet()) {
                if (!explainedOld.contains(o.getKey())
                        && bestJaccard(o.getValue(), newsAll) < CommunityMatching.NEW_COMMUNITY_JACCARD) {
                    changes.add(new Change(Kind.DISSOLVED, List.of(o.getKey()), List.of(),
                            bestJaccard(o.getValue(), newsAll), o.getValue()));
                }
            }
            return List.copyOf(changes);
        }

        private static Optional<Integer> majority(Set<String> members, Map<Integer, Set<String>> other) {
            for (Map.Entry<Integer, Set<String>> e : other.entrySet()) {
                long shared = members.stream().filter(e.getValue()::contains).count();
                if (!members.isEmpty() && 2 * shared > members.size()) {
                    return Optional.of(e.getKey());
                }
            }
            return Optional.empty();
        }

        private static double bestJaccard(Set<String> members, Map<Integer, Set<String>> other) {
            double best = 0;
            for (Set<String> o : other.values()) {
                best = Math.max(best, CommunityMatching.jaccard(members, o));
            }
            return best;
        }

        private static Map<Integer, Set<String>> members(Map<String, Integer> membership, Set<String> only) {
            Map<Integer, Set<String>> members = new TreeMap<>();
            membership.forEach((person, community) -> {
                if (community != null && (only == null || only.contains(person))) {
                    members.computeIfAbsent(community, c -> new TreeSet<>()).add(person);
                }
            });
            return members;
        }
    }
}
