package org.crimegraph.graph;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The release rule in force for one reading of the store, and the only place where it is applied
 * (docs/provenance.md): which reports a reader may rest on, which facts therefore stand, and which
 * value of a property a reader sees when several reports assert one.
 *
 * <ul>
 *   <li>{@link #allows}: the report exists and passes the {@link ProjectionFilter} (handling code, grade).
 *   <li>{@link #allowedReports}: a piece of evidence stands only if every fact it rests on is asserted by
 *       an allowed report; it then cites only those.
 *   <li>{@link #value}: a property's value is taken only from allowed claims; among several, from the
 *       most trusted grading (source evaluation, then intelligence assessment), ties broken by the
 *       smallest report id. A value only withheld reports give is absent, never replaced.
 *   <li>{@link #union}: list values (aliases) are the union of the allowed claims, most trusted first.
 *   <li>{@link #conflict}: allowed claims give different values.
 * </ul>
 * Pure: no store, no I/O.
 */
public final class Release {

    /** Most trusted first: strongest grade (source, then intelligence), then smallest report id. */
    private final Comparator<String> trust;
    private final ProjectionFilter filter;
    private final Map<String, ReportGrading> reports;

    private Release(ProjectionFilter filter, Map<String, ReportGrading> reports) {
        this.filter = filter;
        this.reports = reports;
        this.trust = Comparator.<String, ReportGrading>comparing(reports::get,
                        Comparator.nullsLast(Comparator.comparing(ReportGrading::grade)))
                .thenComparing(Comparator.naturalOrder());
    }

    /** The rule {@code filter} applied to the store's reports (their gradings). */
    public static Release of(ProjectionFilter filter, Collection<ReportGrading> reports) {
        Map<String, ReportGrading> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.reportId(), r));
        return new Release(filter, byId);
    }

    /** The filter this release applies. */
    public ProjectionFilter filter() {
        return filter;
    }

    /** The rule in words. */
    public String describe() {
        return filter.describe();
    }

    /** True if the report exists and passes the filter. */
    public boolean allows(String reportId) {
        return reportId != null && filter.allows(reports.get(reportId));
    }

    /** True if at least one of the reports passes the filter. */
    public boolean allowsAny(Collection<String> reportIds) {
        return reportIds != null && reportIds.stream().anyMatch(this::allows);
    }

    /** The allowed reports among {@code reportIds}, in their order. */
    public List<String> allowed(Collection<String> reportIds) {
        return reportIds == null ? List.of() : reportIds.stream().filter(this::allows).toList();
    }

    /** Every allowed report id, sorted (for statements that follow relationships only on allowed reports). */
    public SortedSet<String> allowedReportIds() {
        SortedSet<String> ids = new TreeSet<>();
        reports.keySet().stream().filter(this::allows).forEach(ids::add);
        return ids;
    }

    /**
     * The allowed reports behind a piece of evidence, or null if some fact it needs has none.
     *
     * @param parts for each fact the evidence rests on, the reports asserting that fact
     */
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

    /** The grading of a report (null if unknown). */
    public ReportGrading report(String reportId) {
        return reports.get(reportId);
    }

    /** Every report's grading, by id. */
    public Map<String, ReportGrading> reports() {
        return Map.copyOf(reports);
    }

    /** The allowed claims, most trusted first. */
    public List<Claim> allowedClaims(Collection<Claim> claims) {
        List<Claim> allowed = new ArrayList<>();
        for (Claim claim : claims) {
            if (allows(claim.reportId())) {
                allowed.add(claim);
            }
        }
        allowed.sort(Comparator.comparing(Claim::reportId, trust));
        return allowed;
    }

    /** Report ids of the allowed claims, most trusted first. */
    public List<String> allowedClaimReports(Collection<Claim> claims) {
        return allowedClaims(claims).stream().map(Claim::reportId).toList();
    }

    /** The value of {@code field} a reader under this release sees, or null if no allowed claim gives one. */
    public Object value(Collection<Claim> claims, String field) {
        for (Claim claim : allowedClaims(claims)) {
            Object value = claim.value(field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** {@link #value} as text (null stays null). */
    public String text(Collection<Claim> claims, String field) {
        Object value = value(claims, field);
        return value == null ? null : value.toString();
    }

    /** The union of a list-valued field (aliases) over the allowed claims, most trusted claim first. */
    public List<String> union(Collection<Claim> claims, String field) {
        Set<String> union = new LinkedHashSet<>();
        for (Claim claim : allowedClaims(claims)) {
            if (claim.value(field) instanceof Collection<?> values) {
                values.forEach(v -> union.add(String.valueOf(v)));
            }
        }
        return List.copyOf(union);
    }

    /** True if allowed claims give two or more different values for {@code field} (times compared as instants). */
    public boolean conflict(Collection<Claim> claims, String field) {
        Set<Object> distinct = new java.util.HashSet<>();
        for (Claim claim : allowedClaims(claims)) {
            Object value = claim.value(field);
            if (value != null) {
                distinct.add(comparable(value));
            }
        }
        return distinct.size() > 1;
    }

    /** One value allowed claims give for a field, with the reports giving it (most trusted first). */
    public record Stated(Object value, List<String> reportIds) {
    }

    /**
     * The values allowed claims give for {@code field}, each once with its reports, the value a reader
     * sees ({@link #value}) first; list values (aliases) are stated element by element.
     */
    public List<Stated> stated(Collection<Claim> claims, String field) {
        Map<Object, Stated> byValue = new java.util.LinkedHashMap<>();
        for (Claim claim : allowedClaims(claims)) {
            Object value = claim.value(field);
            List<?> values = value instanceof Collection<?> c ? List.copyOf(c) : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                byValue.computeIfAbsent(comparable(v), k -> new Stated(v, new ArrayList<>())).reportIds().add(claim.reportId());
            }
        }
        return byValue.values().stream().map(v -> new Stated(v.value(), List.copyOf(v.reportIds()))).toList();
    }

    /** Whether two claimed values are the same fact (times as instants, numbers as doubles). */
    public static boolean same(Object a, Object b) {
        return Objects.equals(comparable(a), comparable(b));
    }

    private static Object comparable(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Number n && !(value instanceof Double)) {
            return n.doubleValue();
        }
        return value;
    }
}
