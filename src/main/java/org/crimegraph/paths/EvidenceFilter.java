package org.crimegraph.paths;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.ReportGrading;

/**
 * The release rule of {@link org.crimegraph.graph.PersonNetworkProjection} applied to one piece of
 * evidence, so that a path can cite the exact calls, transfers or meetings behind each hop: the
 * evidence stands only if every fact it rests on is asserted by at least one report the filter allows,
 * and it then cites only those allowed reports (a withheld report is never named).
 */
public final class EvidenceFilter {

    private final ProjectionFilter filter;
    private final Map<String, ReportGrading> reports;

    public EvidenceFilter(ProjectionFilter filter, Map<String, ReportGrading> reports) {
        this.filter = filter;
        this.reports = Map.copyOf(reports);
    }

    /** The allowed reports behind the evidence, or null if some fact it needs has none. */
    public SortedSet<String> allowedReports(List<List<String>> parts) {
        SortedSet<String> allowed = new TreeSet<>();
        for (List<String> part : parts) {
            boolean supported = false;
            for (String reportId : part == null ? List.<String>of() : part) {
                if (allows(reportId)) {
                    allowed.add(reportId);
                    supported = true;
                }
            }
            if (!supported) {
                return null;
            }
        }
        return allowed;
    }

    /** True if the report exists and passes the filter. */
    public boolean allows(String reportId) {
        return filter.allows(reports.get(reportId));
    }

    /** True if at least one of the reports passes the filter. */
    public boolean allowsAny(List<String> reportIds) {
        return reportIds != null && reportIds.stream().anyMatch(this::allows);
    }

    /** The grading of a report (null if unknown). */
    public ReportGrading report(String reportId) {
        return reports.get(reportId);
    }

    /** The filter applied. */
    public ProjectionFilter filter() {
        return filter;
    }
}
