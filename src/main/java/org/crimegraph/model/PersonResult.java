package org.crimegraph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's result in a saved scoring run (label {@code PersonScore}, linked to the run and to the
 * {@code Person}).
 *
 * @param personId          the person
 * @param name              display name at the time of the run
 * @param rank              target rank, 1 = best, or null if not ranked
 * @param score             composite target score, or null if not ranked
 * @param measures          every measure computed, by name, in the run's order (degree, strength, ...)
 * @param component         connected component number, 0 = largest
 * @param community         community number, or null if no community detection ran
 * @param keyPlayer         true if the person is in the run's key-player set
 * @param articulationPoint true if removing the person splits their component
 * @param reasons           reasons for the rank, most important first (kept for the top of the ranking)
 */
public record PersonResult(
        String personId,
        String name,
        Integer rank,
        Double score,
        Map<String, Double> measures,
        int component,
        Integer community,
        boolean keyPlayer,
        boolean articulationPoint,
        List<String> reasons) {

    public PersonResult {
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        reasons = List.copyOf(reasons);
    }
}
