package org.crimegraph.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crimegraph.store.AuditAnchors.Anchor;

/**
 * Cross-checks an audit log against what the store recorded about it: the newest line hash (the
 * anchor) must be the log's last line, and every saved scoring run's audit line must still be in
 * the log. A hash chain alone cannot show that its last lines were removed or that the last line
 * was rewritten together with nothing after it; this check can.
 */
public final class AnchorCheck {

    /**
     * The outcome.
     *
     * @param problems tampering found (empty if none)
     * @param notes    what was checked, for the operator
     */
    public record Result(List<String> problems, List<String> notes) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private AnchorCheck() {
    }

    /** Checks {@code log} against {@code anchor} (empty if the store holds none for this log). */
    public static Result check(AuditLog log, Optional<Anchor> anchor) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> hashes = log.lineHashes();
        if (anchor.isEmpty()) {
            if (!hashes.isEmpty()) {
                notes.add("the store holds no anchor for " + log.key() + ": last line not cross-checked");
            }
            return new Result(problems, notes);
        }
        Set<String> present = new HashSet<>(hashes);
        String head = anchor.get().head();
        if (head != null) {
            int at = hashes.lastIndexOf(head);
            if (at < 0) {
                problems.add(log.file() + ": the newest line recorded in the store (" + abbreviate(head) + ", at "
                        + anchor.get().updatedAt() + ") is not in the log: the last line was edited or lines were removed");
            } else if (at < hashes.size() - 1) {
                notes.add((hashes.size() - 1 - at) + " line(s) after the store's anchor (written by an action "
                        + "without this store)");
            } else {
                notes.add("last line matches the store's anchor (" + abbreviate(head) + ")");
            }
        }
        int runs = 0;
        for (Map.Entry<String, String> run : anchor.get().runHashes().entrySet()) {
            if (!present.contains(run.getValue())) {
                problems.add(log.file() + ": the audit line of scoring run " + run.getKey() + " ("
                        + abbreviate(run.getValue()) + ") is not in the log: it was edited or removed");
            } else {
                runs++;
            }
        }
        if (runs > 0) {
            notes.add(runs + " saved scoring run(s) found in the log");
        }
        return new Result(problems, notes);
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
