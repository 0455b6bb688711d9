package org.crimegraph.app.watch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crimegraph.app.query.PersonHolding;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.Alert;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.WatchState;

/**
 * What a run sees around a watched person ({@link WatchState}) and what changed since the previous run under
 * the same release rule ({@link Alert}); pure: the network, the run's results and the person's holdings are
 * given, all already restricted by the run's release rule, so an alert never rests on a withheld report.
 * A person seen for the first time (just added, or absent from the earlier run's states) raises no alert:
 * this run is their baseline.
 */
final class AlertRules {

    /** An alert is raised on entering the top this many of the target ranking. */
    static final int TOP = 10;
    /** An alert is raised when another watched person comes within this many links. */
    static final int HOPS = 2;
    /** A community change: fewer than this share of the earlier and current co-members in common (Jaccard). */
    static final double COMMUNITY_CHANGE_BELOW = 0.5;

    private AlertRules() {
    }

    /** What this run sees around {@code personId}. */
    static WatchState state(String personId, PersonNetwork network, Map<String, PersonResult> results,
                            List<PersonHolding> holdings, Set<String> watched) {
        PersonResult result = results.get(personId);
        List<String> neighbours = new ArrayList<>(new TreeSet<>(linked(network, personId).keySet()));
        List<String> community = new ArrayList<>();
        if (result != null && result.community() != null) {
            results.values().stream().filter(r -> result.community().equals(r.community()) && !r.personId().equals(personId))
                    .map(PersonResult::personId).sorted().forEach(community::add);
        }
        List<String> held = holdings.stream().map(AlertRules::holdingKey).distinct().sorted().toList();
        Map<String, String> reached = within(network, personId);
        List<String> near = new TreeSet<>(watched).stream()
                .filter(other -> !other.equals(personId) && reached.containsKey(other)).toList();
        return new WatchState(personId, result == null ? null : result.rank(),
                result != null && result.articulationPoint(), neighbours, community, held, near);
    }

    /** The alerts for one person: what {@code now} has that {@code before} had not. */
    static List<Alert> compare(String runId, WatchState before, WatchState now, PersonNetwork network,
                               List<PersonHolding> holdings) {
        String id = now.personId();
        List<Alert> alerts = new ArrayList<>();
        Map<String, PersonLink> links = linked(network, id);
        Set<String> knew = new HashSet<>(before.neighbours());
        for (String other : now.neighbours()) {
            if (!knew.contains(other)) {
                PersonLink link = links.get(other);
                alerts.add(new Alert(runId, id, Alert.Kind.NEW_LINK, String.format(Locale.ROOT,
                        "new link with %s %s (%s; weight %.2f)", other, network.name(other),
                        String.join(", ", link.kinds()), link.weight()), List.copyOf(link.reportIds())));
            }
        }
        Set<String> held = new HashSet<>(before.holdings());
        for (PersonHolding h : holdings) {
            String key = holdingKey(h);
            if (!held.contains(key)) {
                held.add(key);
                alerts.add(new Alert(runId, id, Alert.Kind.NEW_HOLDING, "now tied to " + key + " (" + h.relationship()
                        + (h.detail() == null ? "" : "; " + h.detail()) + ")", h.reportIds()));
            }
        }
        if (now.rank() != null && now.rank() <= TOP && (before.rank() == null || before.rank() > TOP)) {
            alerts.add(new Alert(runId, id, Alert.Kind.ENTERED_TOP, "entered the top " + TOP + " targets: rank "
                    + now.rank() + " (was " + (before.rank() == null ? "not ranked" : before.rank()) + ")", List.of()));
        }
        if (now.articulation() && !before.articulation()) {
            alerts.add(new Alert(runId, id, Alert.Kind.BECAME_ARTICULATION_POINT,
                    "became an articulation point: removing them now splits their component", List.of()));
        }
        Set<String> earlier = new TreeSet<>(before.community());
        Set<String> current = new TreeSet<>(now.community());
        if (!earlier.isEmpty() || !current.isEmpty()) {
            Set<String> both = new TreeSet<>(earlier);
            both.retainAll(current);
            Set<String> either = new TreeSet<>(earlier);
            either.addAll(current);
            double jaccard = (double) both.size() / either.size();
            if (jaccard < COMMUNITY_CHANGE_BELOW) {
                alerts.add(new Alert(runId, id, Alert.Kind.CHANGED_COMMUNITY, String.format(Locale.ROOT,
                        "community changed: %d of %d earlier co-members remain (Jaccard %.2f); now with %s", both.size(),
                        earlier.size(), jaccard, current.isEmpty() ? "nobody" : first(current, 5)), List.of()));
            }
        }
        Set<String> wasNear = new HashSet<>(before.nearWatched());
        Map<String, String> reached = within(network, id);
        for (String other : now.nearWatched()) {
            if (!wasNear.contains(other)) {
                List<String> hops = new ArrayList<>();
                for (String v = other; v != null; v = reached.get(v)) {
                    hops.add(0, v);
                }
                Set<String> reports = new TreeSet<>();
                for (int i = 1; i < hops.size(); i++) {
                    network.link(hops.get(i - 1), hops.get(i)).ifPresent(l -> reports.addAll(l.reportIds()));
                }
                alerts.add(new Alert(runId, id, Alert.Kind.NEAR_WATCHED, String.format(Locale.ROOT,
                        "now within %d links of watched %s %s: %s", HOPS, other, network.name(other),
                        String.join(" – ", hops)), List.copyOf(reports)));
            }
        }
        return alerts;
    }

    private static Map<String, PersonLink> linked(PersonNetwork network, String id) {
        Map<String, PersonLink> links = new LinkedHashMap<>();
        if (network.graph().containsVertex(id)) {
            network.linksOf(id).forEach(l -> links.put(l.other(id), l));
        }
        return links;
    }

    /**
     * The persons within {@link #HOPS} links of {@code start}, each with the person before it on a shortest
     * path (breadth first, neighbours in id order; {@code start} maps to null). O(links within reach).
     */
    private static Map<String, String> within(PersonNetwork network, String start) {
        Map<String, String> parent = new LinkedHashMap<>();
        if (!network.graph().containsVertex(start)) {
            return parent;
        }
        parent.put(start, null);
        List<String> level = List.of(start);
        for (int hop = 0; hop < HOPS && !level.isEmpty(); hop++) {
            List<String> next = new ArrayList<>();
            for (String v : level) {
                for (String w : new TreeSet<>(linked(network, v).keySet())) {
                    if (!parent.containsKey(w)) {
                        parent.put(w, v);
                        next.add(w);
                    }
                }
            }
            level = next;
        }
        return parent;
    }

    private static String holdingKey(PersonHolding h) {
        return h.kind() + " " + h.shown();
    }

    private static String first(Set<String> ids, int n) {
        List<String> list = new ArrayList<>(ids);
        return String.join(", ", list.subList(0, Math.min(n, list.size())))
                + (list.size() > n ? " and " + (list.size() - n) + " more" : "");
    }
}
