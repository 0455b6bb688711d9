package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.crimegraph.store.ResolutionStore;
import org.crimegraph.text.SafeText;

/** {@code resolve list} and {@code resolve history} as text. */
final class ResolvePrinter {

    private ResolvePrinter() {
    }

    static void list(List<ResolutionStore.Listed> listed, String wanted, PrintWriter out) {
        if (listed.isEmpty()) {
            out.println("no " + (wanted.equals("all") ? "" : wanted + " ") + "candidates");
        } else {
            out.printf(Locale.ROOT, "%-10s %-24s %-10s %-24s %5s  %-28s %-10s %s%n", "person A", "name", "person B",
                    "name", "score", "rule", "status", "decided");
        }
        for (ResolutionStore.Listed c : listed) {
            ResolutionStore.Match match = c.match();
            ResolutionStore.Status status = c.status();
            out.printf(Locale.ROOT, "%-10s %-24s %-10s %-24s %5.3f  %-28s %-10s %s%n", c.a().id(),
                    SafeText.clip(c.a().name(), 24), c.b().id(), SafeText.clip(c.b().name(), 24), match.score(),
                    match.rule() + (match.via() == null || match.via().isEmpty() ? "" : " " + match.via()),
                    status.code(), status.decidedBy() == null ? "" : status.decidedBy() + " " + status.decidedAt());
        }
        out.flush();
    }

    static void history(List<ResolutionStore.Decision> decisions, PrintWriter out) {
        if (decisions.isEmpty()) {
            out.println("no decisions");
        }
        for (ResolutionStore.Decision d : decisions) {
            out.printf("%s  %-16s %s %s  by %s%n", d.at(), d.action(), d.a(), d.b(), d.by());
        }
        out.flush();
    }
}
