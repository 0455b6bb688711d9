package org.crimegraph.graph;

import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;

/**
 * Which reports the projection may use. A report is usable when its grade is at least {@code minGrade}
 * (both source and intelligence at least as strong) and its handling code is no more restrictive than
 * {@code maxHandling}. Evidence, persons and therefore scores rest only on usable reports, so nothing
 * from a withheld report can leak through a derived person-to-person link.
 *
 * @param minGrade    weakest acceptable grade, or null for any
 * @param maxHandling most restrictive acceptable handling code ({@code C} = everything, {@code P} = only
 *                    reports that may be shared lawfully, e.g. for a partner agency)
 */
public record ProjectionFilter(Grade minGrade, HandlingCode maxHandling) {

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
        return handling + (minGrade == null ? "" : "; grade " + minGrade.code() + " or stronger");
    }
}
