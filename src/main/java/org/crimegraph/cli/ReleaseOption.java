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

    @Option(names = "--from", paramLabel = "DATE",
            description = "Use only dated evidence (calls, transfers, meetings, crossings) on or after this date "
                    + "(ISO-8601 date or instant, e.g. 2025-01-01); undated evidence is kept.")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Use only dated evidence up to this date (a date includes its whole day, UTC; an instant "
                    + "is exclusive); undated evidence is kept.")
    String to;

    /** The projection filter these options describe. */
    public ProjectionFilter filter() {
        ProjectionFilter base = audience == Audience.partner ? ProjectionFilter.RELEASABLE : ProjectionFilter.ALL;
        return new ProjectionFilter(minGrade == null ? null : Grade.parse(minGrade), base.maxHandling(),
                instant(from, "--from", false), instant(to, "--to", true));
    }

    /**
     * The filter for a command that applies only the report rules (release and grade): a time window
     * given to it is refused rather than silently ignored.
     */
    public ProjectionFilter reportsOnly(String command) {
        if (from != null || to != null) {
            throw new IllegalArgumentException("'" + command + "' does not take --from/--to (it follows the evidence "
                    + "as stored; see --in-time-order for 'path'); use them with score, node, communities, "
                    + "disrupt, export or neighbours");
        }
        return filter();
    }

    /**
     * An ISO-8601 date (midnight UTC; with {@code endOfDay}, the next midnight, so the day is included)
     * or date-time with offset; null stays null.
     */
    static java.time.Instant instant(String text, String option, boolean endOfDay) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10
                    ? java.time.LocalDate.parse(text).plusDays(endOfDay ? 1 : 0).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be an ISO-8601 date (2025-01-31) or date-time "
                    + "with offset (2025-01-31T18:00:00Z), not '" + text + "'");
        }
    }
}
