package org.crimegraph.app.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.crimegraph.graph.EvidenceKind;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.DatedEvidence;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.query.PersonEntry;

/**
 * Who surrounds a person ({@code neighbours}): the persons within N hops in the person network read around
 * them, following only the evidence kinds asked for (and within the release window), each reached by the
 * links that lead inwards, one hop closer to the person, with the evidence that stands under the release.
 */
public final class NeighboursQuery {

    /**
     * What to read.
     *
     * @param kinds      evidence kind labels to follow (null or empty: all kinds)
     * @param maxPersons stop if the reading would take in more persons than this
     */
    public record Request(String reference, int hops, List<String> kinds, int maxPersons) {
        public Request {
            if (hops < 1) {
                throw new IllegalArgumentException("--hops must be at least 1");
            }
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            allowed(kinds);
        }

        /** The evidence kinds followed; throws if a label names no kind. */
        Set<EvidenceKind> allowed() {
            return allowed(kinds);
        }

        /** How the scope of the reading reads to an analyst: "all evidence kinds" or "kinds a,b". */
        public String scope() {
            return kinds.isEmpty() ? "all evidence kinds" : "kinds " + String.join(",", kinds);
        }

        private static Set<EvidenceKind> allowed(List<String> kinds) {
            Set<EvidenceKind> allowed = EnumSet.allOf(EvidenceKind.class);
            if (!kinds.isEmpty()) {
                allowed.clear();
                for (String kind : kinds) {
                    try {
                        allowed.add(EvidenceKind.fromLabel(kind.strip()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unknown evidence kind '" + kind + "'; valid: "
                                + Arrays.stream(EvidenceKind.values()).map(EvidenceKind::label)
                                        .collect(Collectors.joining(", ")));
                    }
                }
            }
            return allowed;
        }
    }

    /**
     * The neighbours found.
     *
     * @param neighbours the persons around, nearest first, then by id (the person asked about excluded)
     * @param depth      hops from the person, for every person read
     * @param links      the inward links, nearest first: {@code from} is the nearer end, {@code to} the farther
     */
    public record Result(PersonEntry person, String scope, PersonNetwork network, Map<String, Integer> depth,
                         List<String> neighbours, List<EvidencedLink> links) {

        /** How many hops from the person the farther end of a link is. */
        public int level(EvidencedLink link) {
            return depth.get(link.to());
        }
    }

    private final QueryScope scope;

    public NeighboursQuery(QueryScope scope) {
        this.scope = scope;
    }

    /** Reads around the person; throws {@link UnresolvedReference} if the reference fits no person or several. */
    public Result run(Request request) {
        Set<EvidenceKind> allowed = request.allowed();
        Predicate<DatedEvidence> keep = e -> allowed.contains(e.evidence().kind())
                && scope.filter().inWindow(e.at() == null ? null : e.at().toInstant());
        PersonEntry x = scope.resolver().resolve(request.reference());
        LocalNetwork local = scope.reading(keep).around(List.of(x.personId()), request.hops(), request.maxPersons());
        PersonNetwork network = local.project(scope.projection(), scope.reports());
        Map<String, Integer> depth = local.depth();
        List<String> persons = new ArrayList<>(network.graph().vertexSet());
        persons.removeIf(p -> !depth.containsKey(p) || p.equals(x.personId()));
        persons.sort(Comparator.comparing((String p) -> depth.get(p)).thenComparing(p -> p));
        List<PersonLink> inward = new ArrayList<>();
        for (PersonLink link : network.links()) {
            Integer ds = depth.get(link.source());
            Integer dt = depth.get(link.target());
            if (ds != null && dt != null && Math.abs(ds - dt) == 1) {
                inward.add(link);
            }
        }
        inward.sort(Comparator.comparing((PersonLink l) -> Math.max(depth.get(l.source()), depth.get(l.target())))
                .thenComparing(l -> far(l, depth)).thenComparing(l -> near(l, depth)));
        List<EvidencedLink> links = new ArrayList<>();
        for (PersonLink l : inward) {
            String near = near(l, depth);
            String far = far(l, depth);
            links.add(new EvidencedLink(near, far, local.between(near, far, scope.release())));
        }
        return new Result(x, request.scope(), network, Map.copyOf(depth), List.copyOf(persons), List.copyOf(links));
    }

    private static String near(PersonLink l, Map<String, Integer> depth) {
        return depth.get(l.source()) < depth.get(l.target()) ? l.source() : l.target();
    }

    private static String far(PersonLink l, Map<String, Integer> depth) {
        return l.other(near(l, depth));
    }
}
