package org.crimegraph.cli;

import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.Grade;
import picocli.CommandLine.Option;

/**
 * Which reports an analysis may rest on: all of them for internal work, or only those with handling
 * code P when the result goes to a partner agency; optionally only reports graded at least so well.
 */
public final class ReleaseOption {

    /** Audiences. */
    public enum Audience { internal, partner }

    @Option(names = "--release-to", defaultValue = "internal", paramLabel = "AUDIENCE",
            description = "internal (all reports) or partner (only handling code P). Default: ${DEFAULT-VALUE}.")
    Audience audience;

    @Option(names = "--min-grade", paramLabel = "GRADE",
            description = "Use only reports graded at least this well, e.g. 2B (source 1-2 and intelligence A-B).")
    String minGrade;

    /** The projection filter these options describe. */
    public ProjectionFilter filter() {
        ProjectionFilter base = audience == Audience.partner ? ProjectionFilter.RELEASABLE : ProjectionFilter.ALL;
        return minGrade == null ? base : new ProjectionFilter(Grade.parse(minGrade), base.maxHandling());
    }
}
