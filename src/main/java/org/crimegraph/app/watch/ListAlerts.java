package org.crimegraph.app.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.Alert;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.WatchlistStore;

/**
 * Use case {@code crimegraph alerts}: the alerts raised by saved runs under one release rule — the newest such
 * run's, or every run's after a given one. Runs under another rule are not read, so a partner reader is
 * shown only alerts that partner runs raised from shareable reports. Audited.
 */
public final class ListAlerts {

    /**
     * @param filter the release rule whose runs are read
     * @param since  a run id: the alerts of every later run under the rule; null: the newest run's only
     */
    public record Request(ProjectionFilter filter, String since) {
    }

    /**
     * @param runs   the runs read, oldest first
     * @param alerts their alerts, oldest run first
     */
    public record Result(List<String> runs, List<Alert> alerts) {
    }

    private final Auditor auditor;

    public ListAlerts(Auditor auditor) {
        this.auditor = auditor;
    }

    /** @throws IllegalArgumentException if {@code since} is not a complete run under the rule */
    public Result run(GraphStore store, Request request) {
        List<ScoringRunRecord> runs = new ScoringRuns(store).list().stream().filter(r ->
                r.setup().release().maxHandling() == request.filter().maxHandling()
                        && Objects.equals(r.setup().release().minGradeCode(), request.filter().releaseRule().minGradeCode()))
                .toList(); // newest first
        List<String> read = new ArrayList<>();
        if (request.since() == null) {
            runs.stream().findFirst().ifPresent(r -> read.add(r.runId()));
        } else {
            if (runs.stream().noneMatch(r -> r.runId().equals(request.since()))) {
                throw new IllegalArgumentException("no saved run " + request.since() + " under this release rule ("
                        + request.filter().describe() + "); see 'crimegraph runs'");
            }
            for (ScoringRunRecord r : runs) {
                if (r.runId().equals(request.since())) {
                    break;
                }
                read.add(0, r.runId());
            }
        }
        List<Alert> alerts = read.isEmpty() ? List.of() : new WatchlistStore(store).alerts(read);
        auditor.record(store, AuditEvent.of("alerts").with("runs", read).with("alerts", alerts.size())
                .release(request.filter().describe()));
        return new Result(read, alerts);
    }
}
