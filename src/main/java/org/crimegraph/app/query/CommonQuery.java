package org.crimegraph.app.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.query.NetworkReading;
import org.crimegraph.store.query.PersonEntry;
import org.crimegraph.store.query.SharedThingsReader;
import org.crimegraph.store.query.SharedThingsReader.SharedThing;

/**
 * What two persons have in common ({@code common}): associates (persons linked to both in the person
 * network), and phones, accounts, vehicles, addresses, meetings and routes they share, each kept only when
 * reports the release allows tie it to both persons.
 */
public final class CommonQuery {

    /** The two persons, as any reference {@link PersonResolver} accepts. */
    public record Request(String first, String second) {
    }

    /** A person linked to both, with the link to each. */
    public record Associate(String personId, EvidencedLink toA, EvidencedLink toB) {
    }

    /** A shared thing that stands under the release, with the allowed reports behind both ties. */
    public record Shared(SharedThing thing, SortedSet<String> reports) {
    }

    /** The common associates (by id) and shared things; {@code direct} when the two are linked themselves. */
    public record Result(PersonEntry a, PersonEntry b, PersonNetwork network, boolean direct,
                         List<Associate> associates, List<Shared> shared) {
    }

    private final QueryScope scope;

    public CommonQuery(QueryScope scope) {
        this.scope = scope;
    }

    /** Reads what the two share; throws {@link UnresolvedReference} if a reference fits no person or several. */
    public Result run(Request request) {
        PersonEntry a = scope.resolver().resolve(request.first());
        PersonEntry b = scope.resolver().resolve(request.second());
        NetworkReading reading = scope.reading(e -> true);
        Map<String, Set<String>> neighbours = reading.neighbours(new TreeSet<>(List.of(a.personId(), b.personId())));
        LocalNetwork local = reading.local();
        PersonNetwork network = local.project(scope.projection(), scope.reports());
        SortedSet<String> common = new TreeSet<>(neighbours.getOrDefault(a.personId(), Set.of()));
        common.retainAll(neighbours.getOrDefault(b.personId(), Set.of()));
        List<Associate> associates = new ArrayList<>();
        for (String c : common) {
            associates.add(new Associate(c, new EvidencedLink(a.personId(), c, local.between(a.personId(), c, scope.release())),
                    new EvidencedLink(b.personId(), c, local.between(b.personId(), c, scope.release()))));
        }
        Map<String, Shared> byKey = new LinkedHashMap<>();
        for (SharedThing thing : new SharedThingsReader(scope.store(), scope.release()).between(a.personId(), b.personId())) {
            List<String> aAllowed = thing.aReports().stream().filter(scope.release()::allows).toList();
            List<String> bAllowed = thing.bReports().stream().filter(scope.release()::allows).toList();
            if (aAllowed.isEmpty() || bAllowed.isEmpty()) {
                continue;
            }
            Shared s = byKey.computeIfAbsent(thing.kind() + '\u0000' + thing.key(), k -> new Shared(thing, new TreeSet<>()));
            s.reports().addAll(aAllowed);
            s.reports().addAll(bAllowed);
        }
        boolean direct = network.link(a.personId(), b.personId()).isPresent();
        return new Result(a, b, network, direct, List.copyOf(associates), List.copyOf(byKey.values()));
    }
}
