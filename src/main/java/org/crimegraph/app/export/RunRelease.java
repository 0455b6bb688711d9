package org.crimegraph.app.export;

import java.util.List;
import java.util.Objects;
import org.crimegraph.app.score.KeyPlayerSet;
import org.crimegraph.export.ExportAnalyses;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.ReleaseRule;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.scoring.SavedRun;

/**
 * The release policy for a saved run, in one place: a run's scores inherit the handling code of the
 * reports they rest on, so the run is released only under its own rule or a stricter one, and its
 * network is projected again under the run's grade threshold (or the one asked for, if the run had none).
 */
final class RunRelease {

    private RunRelease() {
    }

    /**
     * The filter to project the run's network under when {@code requested} is asked for.
     *
     * @throws IllegalArgumentException if {@code requested} is less restrictive than the run's rule
     */
    static ProjectionFilter filterFor(ScoringRunRecord run, ProjectionFilter requested) {
        ReleaseRule rule = run.setup().release();
        if (!rule.releasableUnder(requested.maxHandling())) {
            throw new IllegalArgumentException("run " + run.runId() + " was scored on " + rule.description()
                    + ": its scores inherit handling code " + rule.maxHandling() + " and cannot be released under '"
                    + requested.describe() + "'. Save a run for that release (score --save --release-to partner) "
                    + "and export that one.");
        }
        return new ProjectionFilter(rule.minGrade() == null ? requested.minGrade() : rule.minGrade(),
                requested.maxHandling());
    }

    /** What a saved run's results say about its communities and key players. */
    static ExportAnalyses analysesOf(SavedRun run) {
        String source = "saved run " + run.run().runId();
        long communities = run.results().stream().map(PersonResult::community).filter(Objects::nonNull)
                .distinct().count();
        List<String> players = run.results().stream().filter(PersonResult::keyPlayer).map(PersonResult::personId)
                .sorted().toList();
        return new ExportAnalyses(
                communities == 0 ? null : new ExportAnalyses.Communities(null, null, run.run().setup().seed(), communities, source),
                players.isEmpty() ? null : new ExportAnalyses.KeyPlayers(KeyPlayerSet.MEASURE, players.size(),
                        run.run().setup().seed(), players, source),
                run.run().setup().mode().describe());
    }
}
