package org.crimegraph.app.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.HopEvidence;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.paths.PersonPath;
import org.crimegraph.paths.TimeRespectingPaths;
import org.crimegraph.paths.TimedHop;

/** {@code path --in-time-order}: the time-respecting journey, each hop with the one contact it used. */
final class TimeOrderedPath {

    private TimeOrderedPath() {
    }

    static String description(Duration maxGap) {
        return "time-respecting (each contact no earlier than the one before"
                + (maxGap == null ? "" : ", at most " + maxGap + " apart")
                + "), fewest hops then earliest arrival; only dated evidence (calls, transfers, meetings, crossings)";
    }

    static Optional<PathQuery.Found> journey(QueryScope scope, LocalNetwork local, PersonNetwork network, String from,
                                             String to, int maxHops, Duration maxGap) {
        TimeRespectingPaths journeys = new TimeRespectingPaths(local.contacts(network, scope.release()));
        return journeys.journey(from, to, maxHops, maxGap).map(hops -> {
            List<String> persons = new ArrayList<>();
            persons.add(from);
            List<EvidencedLink> links = new ArrayList<>();
            for (TimedHop hop : hops) {
                persons.add(hop.to());
                List<HopEvidence> used = local.between(hop.from(), hop.to(), scope.release()).stream()
                        .filter(e -> e.kind().equals(hop.kind()) && e.evidenceId().equals(hop.evidenceId()))
                        .toList();
                links.add(new EvidencedLink(hop.from(), hop.to(), used));
            }
            return new PathQuery.Found(new PersonPath(persons, hops.size()), links);
        });
    }
}
