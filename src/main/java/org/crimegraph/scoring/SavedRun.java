package org.crimegraph.scoring;

import java.util.List;
import java.util.Optional;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.ScoringRunRecord;

/**
 * A scoring run with its per-person results, as saved or loaded.
 *
 * @param run     the run
 * @param results one per person, by rank (unranked last) then id
 */
public record SavedRun(ScoringRunRecord run, List<PersonResult> results) {

    public SavedRun {
        results = List.copyOf(results);
    }

    /** The result of one person, if the run scored them. */
    public Optional<PersonResult> result(String personId) {
        return results.stream().filter(r -> r.personId().equals(personId)).findFirst();
    }

    /** True if community detection ran for this run (some person has a community). */
    public boolean hasCommunities() {
        return results.stream().anyMatch(r -> r.community() != null);
    }
}
