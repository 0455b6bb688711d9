package org.crimegraph.app.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crimegraph.app.query.PersonHolding;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.model.Alert;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.ReleaseRule;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.model.WatchEntry;
import org.crimegraph.model.WatchState;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.WatchlistStore;
import org.crimegraph.store.query.EntityLookup;

/**
 * The alerts of a scoring run being saved ({@code score --save}): for every watched person, what the run
 * sees around them ({@link AlertRules}) compared with the newest complete run under the same release rule
 * (handling code and grade), written with the run. Everything compared — links, holdings, ranks, communities
 * — is under the run's own rule, so a partner run raises no alert that rests on a withheld report.
 */
public final class RunAlerts {

    private RunAlerts() {
    }

    /**
     * Computes and writes the run's watch states and alerts; the run is written but not yet complete.
     *
     * @return the alerts raised (empty when nobody is watched or the run is everyone's baseline)
     */
    public static List<Alert> raise(GraphStore store, SavedRun saved, ScoringResult result, ProjectionFilter filter) {
        WatchlistStore watchlist = new WatchlistStore(store);
        Set<String> watched = new TreeSet<>(watchlist.list().stream().map(WatchEntry::personId).toList());
        if (watched.isEmpty()) {
            return List.of();
        }
        String runId = saved.run().runId();
        Map<String, WatchState> before = new HashMap<>();
        previous(new ScoringRuns(store), saved.run().setup().release(), runId)
                .ifPresent(run -> watchlist.states(run.runId()).forEach(s -> before.put(s.personId(), s)));
        Map<String, PersonResult> results = new HashMap<>();
        saved.results().forEach(r -> results.put(r.personId(), r));
        Release release = Release.of(filter, new PersonNetworkReader(store).reports());
        EntityLookup lookup = new EntityLookup(store, release);
        List<WatchState> states = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (String id : watched) {
            List<PersonHolding> holdings = PersonHolding.allowed(release, lookup.holdings(id));
            WatchState now = AlertRules.state(id, result.network(), results, holdings, watched);
            states.add(now);
            if (before.containsKey(id)) {
                alerts.addAll(AlertRules.compare(runId, before.get(id), now, result.network(), holdings));
            }
        }
        watchlist.write(runId, states, alerts);
        return alerts;
    }

    /** The newest complete run other than {@code runId} under the same handling code and grade threshold. */
    static Optional<ScoringRunRecord> previous(ScoringRuns runs, ReleaseRule rule, String runId) {
        return runs.list().stream().filter(r -> !r.runId().equals(runId))
                .filter(r -> r.setup().release().maxHandling() == rule.maxHandling()
                        && java.util.Objects.equals(r.setup().release().minGradeCode(), rule.minGradeCode()))
                .findFirst();
    }
}
