package org.crimegraph.app.watch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.WatchEntry;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.WatchlistStore;

/**
 * Use case {@code watch add|remove|list}: the persons whose surroundings every saved scoring run watches
 * ({@link RunAlerts}). References are resolved as the person queries resolve them (id, phone, IBAN,
 * registration, name); each change is audited.
 */
public final class Watchlist {

    private final Auditor auditor;
    private final Clock clock;

    public Watchlist(Auditor auditor) {
        this(auditor, Clock.systemUTC());
    }

    public Watchlist(Auditor auditor, Clock clock) {
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Watches the persons the references name, with a reason (or null).
     *
     * @throws org.crimegraph.app.query.UnresolvedReference if a reference names no person or several
     */
    public List<WatchEntry> add(GraphStore store, List<String> references, String reason, String defaultRegion) {
        QueryScope scope = new QueryScope(store, ProjectionFilter.ALL, defaultRegion);
        Set<String> ids = new LinkedHashSet<>();
        for (String reference : references) {
            ids.add(scope.resolver().resolve(reference).personId());
        }
        String now = clock.instant().toString();
        List<WatchEntry> entries = new ArrayList<>();
        ids.forEach(id -> entries.add(new WatchEntry(id, reason, auditor.analyst(), now)));
        new WatchlistStore(store).add(entries);
        auditor.record(store, AuditEvent.of("watch add").with("persons", List.copyOf(ids))
                .with("reason", reason == null ? "" : reason));
        return entries;
    }

    /** Stops watching the given person ids; returns those that were watched. */
    public List<String> remove(GraphStore store, List<String> personIds) {
        List<String> removed = new WatchlistStore(store).remove(personIds);
        auditor.record(store, AuditEvent.of("watch remove").with("persons", List.copyOf(personIds))
                .with("removed", removed));
        return removed;
    }

    /** The watchlist, by person id. */
    public List<WatchEntry> list(GraphStore store) {
        List<WatchEntry> entries = new WatchlistStore(store).list();
        auditor.record(store, AuditEvent.of("watch list").with("watched", entries.size()));
        return entries;
    }
}
