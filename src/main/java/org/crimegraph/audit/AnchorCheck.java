package org.crimegraph.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crimegraph.store.AuditAnchors;
import org.crimegraph.store.AuditAnchors.Anchor;

/**
 * Cross-checks audit logs against what the store recorded about them ({@link AuditAnchors}): for every
 * anchor the store holds, the anchored line must still be in its log and no line written for this store
 * may follow it (that line would have moved the anchor); the store's own log must have an anchor as
 * soon as it holds a line written for this store; every saved scoring run's audit line must still be
 * in its log. A hash chain alone cannot show that its last lines were removed, or that a store's log
 * was swapped for a shorter copy; this check can.
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

    /**
     * What the store holds, read once.
     *
     * @param identities the store's identities (one; none if nothing was audited; more means tampering)
     * @param anchors    every anchor
     * @param runHashes  log key to (run id to audit line hash)
     */
    public record StoreRecords(List<String> identities, List<Anchor> anchors, Map<String, Map<String, String>> runHashes) {

        /** Reads them from the store. */
        public static StoreRecords of(AuditAnchors anchors) {
            return new StoreRecords(anchors.storedIdentities(), anchors.all(), anchors.runHashes());
        }
    }

    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String storeId;

    private AnchorCheck(String storeId) {
        this.storeId = storeId;
    }

    /** Checks the store's own log {@code ownLog} and every other log the store anchored. */
    public static Result check(AuditLog ownLog, StoreRecords records) {
        String storeId = records.identities().size() == 1 ? records.identities().get(0) : null;
        AnchorCheck check = new AnchorCheck(storeId);
        if (records.identities().size() > 1) {
            check.problems.add("the store holds " + records.identities().size() + " identities " + records.identities()
                    + ": its identity was tampered with");
        }
        String ownKey = storeId == null ? null : AuditAnchors.ownLogKey(storeId);
        Anchor own = records.anchors().stream().filter(a -> a.log().equals(ownKey)).findFirst()
                .or(() -> records.anchors().stream()
                        .filter(a -> a.storeId() == null && a.log().equals(ownLog.key())).findFirst())
                .orElse(null);
        List<AuditLog.Line> ownLines = ownLog.lines();
        if (own == null) {
            check.withoutOwnAnchor(ownLog, ownLines);
        } else {
            check.against(ownLog, ownLines, own);
        }
        for (Anchor anchor : records.anchors()) {
            if (anchor == own) {
                continue;
            }
            if (anchor.own()) {
                check.problems.add("the store holds an anchor for another store's log (" + anchor.log()
                        + "): its audit records were tampered with");
                continue;
            }
            AuditLog other = new AuditLog(Path.of(anchor.log()), Clock.systemUTC());
            if (!java.nio.file.Files.exists(other.file())) {
                check.problems.add(other.file() + ": this store wrote to this audit log (newest line "
                        + abbreviate(anchor.head()) + ", at " + anchor.updatedAt() + ") and it is gone");
                continue;
            }
            String broken = other.verify();
            if (broken != null) {
                check.problems.add(broken);
                continue;
            }
            check.against(other, other.lines(), anchor);
        }
        for (Map.Entry<String, Map<String, String>> byLog : records.runHashes().entrySet()) {
            Path file = byLog.getKey().startsWith("store:") ? ownLog.file() : Path.of(byLog.getKey());
            List<AuditLog.Line> lines = file.equals(ownLog.file()) ? ownLines
                    : new AuditLog(file, Clock.systemUTC()).lines();
            check.runs(file, lines, byLog.getValue());
        }
        return new Result(List.copyOf(check.problems), List.copyOf(check.notes));
    }

    /** The store's own log when the store holds no anchor for it. */
    private void withoutOwnAnchor(AuditLog log, List<AuditLog.Line> lines) {
        long mine = lines.stream().filter(this::writtenForThisStore).count();
        Set<String> stores = new HashSet<>();
        lines.stream().map(AuditLog.Line::store).filter(Objects::nonNull).forEach(stores::add);
        if (storeId != null && mine > 0) {
            problems.add(log.file() + ": the store's anchor of its own log is gone, but the log holds " + mine
                    + " line(s) written for this store (" + storeId + "): its audit records were tampered with");
        } else if (storeId == null && !stores.isEmpty()) {
            problems.add(log.file() + ": the store has no identity, but its log holds lines written for store(s) "
                    + stores + ": its audit records were tampered with");
        } else if (!lines.isEmpty()) {
            notes.add(log.file() + ": no line written for this store and no anchor (actions without a store, "
                    + "or a store from before store identities): last line not cross-checked");
        }
    }

    /** One log against its anchor. */
    private void against(AuditLog log, List<AuditLog.Line> lines, Anchor anchor) {
        String head = anchor.head();
        int at = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).hash().equals(head)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            problems.add(log.file() + ": the newest line this store recorded (" + abbreviate(head) + ", at "
                    + anchor.updatedAt() + ") is not in the log: the last line was edited, lines were removed, "
                    + "or the log was replaced");
            return;
        }
        List<AuditLog.Line> after = lines.subList(at + 1, lines.size());
        long mine = after.stream().filter(this::writtenForThisStore).count();
        if (mine > 0) {
            problems.add(log.file() + ": " + mine + " line(s) written for this store after the line it anchored ("
                    + abbreviate(head) + "): the anchor was moved back or replaced");
        } else if (!after.isEmpty()) {
            notes.add(log.file() + ": " + after.size() + " line(s) after this store's anchor, written without "
                    + "this store");
        } else {
            notes.add(log.file() + ": last line matches the store's anchor (" + abbreviate(head) + ")");
        }
    }

    private void runs(Path file, List<AuditLog.Line> lines, Map<String, String> runHashes) {
        Set<String> present = new HashSet<>();
        lines.forEach(l -> present.add(l.hash()));
        int found = 0;
        for (Map.Entry<String, String> run : runHashes.entrySet()) {
            if (present.contains(run.getValue())) {
                found++;
            } else {
                problems.add(file + ": the audit line of scoring run " + run.getKey() + " ("
                        + abbreviate(run.getValue()) + ") is not in the log: it was edited or removed");
            }
        }
        if (found > 0) {
            notes.add(file + ": " + found + " saved scoring run(s) found in the log");
        }
    }

    private boolean writtenForThisStore(AuditLog.Line line) {
        return storeId != null && storeId.equals(line.store());
    }

    private static String abbreviate(String hash) {
        return hash == null ? "none" : hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
