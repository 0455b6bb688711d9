package org.crimegraph.cli;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.crimegraph.app.query.FindQuery;
import org.crimegraph.app.query.PersonResolver;
import org.crimegraph.text.SafeText;

/** {@code find} as a table or JSON, and the candidate rows also shown for an unresolved reference. */
final class FindPrinter {

    private FindPrinter() {
    }

    /** Prints the persons found as JSON or as a table. */
    static void print(FindQuery.Result result, boolean json, PrintWriter out) {
        if (json) {
            json(result, out);
        } else {
            table(result, out);
        }
    }

    private static void table(FindQuery.Result result, PrintWriter out) {
        if (result.persons().isEmpty()) {
            out.printf(Locale.ROOT, "No person matches '%s' (%s).%n", result.reference(), result.evidence());
        } else {
            out.printf(Locale.ROOT, "%d person(s) match '%s':%n", result.persons().size(), result.reference());
            rows(result.persons(), out);
        }
    }

    /** The candidates as table rows under a header: id, name, aliases, how each matched. */
    static void rows(List<PersonResolver.Candidate> candidates, PrintWriter out) {
        out.printf(Locale.ROOT, "  %-8s %-26s %-24s %s%n", "id", "name", "aliases", "matched by");
        for (PersonResolver.Candidate c : candidates) {
            out.printf(Locale.ROOT, "  %-8s %-26s %-24s %s%n", c.person().personId(),
                    SafeText.clip(c.person().displayName(), 26),
                    SafeText.clip(String.join(", ", c.person().aliases()), 24), c.matchedBy());
        }
    }

    private static void json(FindQuery.Result result, PrintWriter out) {
        ObjectNode root = Json.object();
        root.put("reference", result.reference());
        root.put("evidence", result.evidence());
        ArrayNode array = root.putArray("persons");
        for (PersonResolver.Candidate c : result.persons()) {
            ObjectNode node = array.addObject();
            node.put("id", c.person().personId());
            node.put("name", c.person().name());
            ArrayNode aliases = node.putArray("aliases");
            c.person().aliases().forEach(aliases::add);
            node.put("matchedBy", c.matchedBy());
        }
        out.println(Json.pretty(root));
    }
}
