package org.crimegraph.app.resolve;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.ingest.PersonResolution;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.ResolutionStore;

/**
 * The analyst's side of entity resolution ({@code resolve list|scan|confirm|reject|undo|history}): candidate
 * pairs are listed and scanned for; nothing is merged until an analyst confirms, and every decision records
 * who and when and can be undone.
 */
public final class EntityResolution {

    private static final List<String> STATUSES = List.of("open", "confirmed", "rejected", "all");

    private final ResolutionStore store;
    private final PersonResolution resolution;

    public EntityResolution(GraphStore store) {
        this.store = new ResolutionStore(store);
        this.resolution = new PersonResolution(this.store);
    }

    /** The status asked for, in lower case; throws unless it is open, confirmed, rejected or all. */
    public static String status(String status) {
        String wanted = status.toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(wanted)) {
            throw new IllegalArgumentException("--status must be open, confirmed, rejected or all");
        }
        return wanted;
    }

    /** The candidate pairs with this status ({@link #status}), strongest first. */
    public List<ResolutionStore.Listed> list(String status) {
        String wanted = status(status);
        return store.list(wanted.equals("all") ? null : wanted);
    }

    /** Looks for candidate pairs now, with progress on {@code monitor}. */
    public PersonResolution.Scan scan(Monitor monitor) {
        return resolution.scan(monitor);
    }

    /** Records that two person records are one person: what was done, or null if a person id is unknown. */
    public String confirm(String a, String b, String analyst) {
        return resolution.confirm(a, b, analyst, Clock.systemUTC()) ? "confirmed same person" : null;
    }

    /** Records that two person records are different persons: what was done, or null if a person id is unknown. */
    public String reject(String a, String b, String analyst) {
        return resolution.reject(a, b, analyst, Clock.systemUTC()) ? "rejected: different persons" : null;
    }

    /** Undoes the decision on a pair: what was done, or null if the pair has no confirmed or rejected decision. */
    public String undo(String a, String b, String analyst) {
        String undone = resolution.undo(a, b, analyst, Clock.systemUTC());
        return undone == null ? null : "undone (was " + undone + ")";
    }

    /** Every decision, oldest first. */
    public List<ResolutionStore.Decision> history() {
        return store.decisions(null, null);
    }
}
