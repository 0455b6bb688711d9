package org.crimegraph.app.run;

import java.util.List;
import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;

/** Use case {@code runs}: the saved scoring runs of a store, newest first, recorded in the audit log. */
public final class ListRuns {

    /** @param limit at most this many runs */
    public record Request(int limit) {

        AuditEvent audit(List<ScoringRunRecord> listed) {
            return AuditEvent.of("runs").with("limit", limit).with("listed", listed.size());
        }
    }

    private final Auditor auditor;

    public ListRuns(Auditor auditor) {
        this.auditor = auditor;
    }

    /** The complete runs, newest first. */
    public List<ScoringRunRecord> run(GraphStore store, Request request) {
        List<ScoringRunRecord> runs = new ScoringRuns(store).latest(request.limit());
        auditor.record(store, request.audit(runs));
        return runs;
    }
}
