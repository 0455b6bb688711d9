package org.crimegraph.graph;

import java.time.Instant;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.model.ReleaseRule;

/**
 * Which reports the projection may use. A report is usable when its grade is at least {@code minGrade}
 * (both source and intelligence at least as strong) and its handling code is no more restrictive than
 * {@code maxHandling}. Evidence, persons and therefore scores rest only on usable reports, so nothing
 * from a withheld report can leak through a derived person-to-person link.
 *
 * @param minGrade    weakest acceptable grade, or null for any
 * @param maxHandling most restrictive acceptable handling code ({@code C} = everything, {@code P} = only
 *                    reports that may be shared lawfully, e.g. for a partner agency)
 * @param from        dated evidence (calls, transfers, meetings, crossings) before this instant is left
 *                    out; null for no bound. Undated evidence (associations, shared phones, accounts,
 *                    vehicles, addresses, routes) is kept: it has no time to test.
 * @param to          dated evidence at or after this instant is left out; null for no bound
 */
public record ProjectionFilter(Grade minGrade, HandlingCode maxHandling, Instant from, Instant to) {

    /** A filter on reports only, with no time window. */
    public ProjectionFilter(Grade minGrade, HandlingCode maxHandling) {
        this(minGrade, maxHandling, null, null);
    }

    public ProjectionFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the time window is empty: --from " + from + " is not before --to " + to);
        }
    }

    /** The same filter restricted to dated evidence in [{@code from}, {@code to}). */
    public ProjectionFilter window(Instant from, Instant to) {
        return new ProjectionFilter(minGrade, maxHandling, from, to);
    }

    /** Whether evidence at {@code time} (null = undated) falls in the window. */
    public boolean inWindow(Instant time) {
        return time == null || ((from == null || !time.isBefore(from)) && (to == null || time.isBefore(to)));
    }

    /** The report rules of a saved result (handling and grade; a run keeps no time window). */
    public static ProjectionFilter of(ReleaseRule rule) {
        return new ProjectionFilter(rule.minGrade(), rule.maxHandling());
    }

    /** This filter's report rules as a value, with its description. */
    public ReleaseRule releaseRule() {
        return new ReleaseRule(maxHandling, minGrade, describe());
    }

    /** Everything: internal analysis. */
    public static final ProjectionFilter ALL = new ProjectionFilter(null, HandlingCode.C);

    /** Only reports with handling code P: what may be released to a partner agency. */
    public static final ProjectionFilter RELEASABLE = new ProjectionFilter(null, HandlingCode.P);

    public boolean allows(ReportGrading report) {
        if (report == null) {
            return false;
        }
        if (report.handling().ordinal() > maxHandling.ordinal()) {
            return false;
        }
        return minGrade == null || report.grade().atLeast(minGrade);
    }

    /** The rule in words, for export headers and the audit log. */
    public String describe() {
        String handling = maxHandling == HandlingCode.P
                ? "only reports with handling code P (lawful sharing permitted)"
                : "all handling codes (internal use only)";
        return handling + (minGrade == null ? "" : "; grade " + minGrade.code() + " or stronger")
                + (from == null && to == null ? "" : "; dated evidence " + (from == null ? "" : "from " + from)
                        + (from != null && to != null ? " " : "") + (to == null ? "" : "before " + to)
                        + " (undated evidence kept)");
    }
}
