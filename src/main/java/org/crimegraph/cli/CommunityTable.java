package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.CommunityProfile;
import org.crimegraph.analysis.community.ConsensusCommunities;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.scoring.CommunityResult;

/** Prints the communities of the person network as a readable table or as JSON (a printer, not an intelligence report). */
final class CommunityTable {


    private CommunityTable() {
    }

    static void print(CommunityResult result, OutputFormat format, PrintWriter out) {
        switch (format) {
            case table -> table(result, out);
            case json -> CommunityJson.print(result, out);
        }
        out.flush();
    }

    private static void table(CommunityResult result, PrintWriter out) {
        Communities c = result.communities();
        PersonNetwork network = result.network();
        if (result.indexed().vertexCount() == 0) {
            out.println("No persons: the store holds none under this filter (" + result.filter().describe()
                    + "). Load reports with 'crimegraph ingest PATH'.");
            return;
        }
        out.printf(Locale.ROOT, "Communities (%s, resolution %s, seed %d): %d communities, modularity %.4f%n",
                c.algorithm(), c.resolution(), c.seed(), c.count(), c.modularity());
        if (result.isConsensus()) {
            ConsensusCommunities.Result k = result.consensus();
            String agreement = k.rounds() == 0 ? "all runs agree"
                    : (k.converged() ? "runs agree after " : "runs still disagree after ") + k.rounds()
                    + " consensus round(s)";
            out.printf(Locale.ROOT, "Consensus of %d runs (seeds %d-%d; Lancichinetti & Fortunato 2012): %s; %d "
                            + "person(s) with an unstable membership (stability < %.1f), marked *.%n",
                    k.parameters().runs(), c.seed(), c.seed() + k.parameters().runs() - 1, agreement,
                    k.membership().unstableCount(), ConsensusCommunities.UNSTABLE_BELOW);
        }
        out.printf(Locale.ROOT, "Person network: %d persons, %d links. Evidence used: %s.%n%n",
                result.indexed().vertexCount(), result.indexed().edgeCount(), result.filter().describe());
        String header = String.format(Locale.ROOT, "%4s %5s %8s %9s  %s", "id", "size", "density", "weight",
                "brokers (two-paths to other communities, links out)");
        out.println(header);
        out.println("-".repeat(Math.max(header.length(), 72)));
        List<String> alone = new ArrayList<>();
        for (CommunityProfile<String> p : result.profiles()) {
            if (p.size() == 1) {
                alone.add(p.members().get(0) + " " + network.name(p.members().get(0)));
                continue;
            }
            List<String> brokers = new ArrayList<>();
            for (CommunityProfile.Broker<String> b : p.brokers()) {
                brokers.add(String.format(Locale.ROOT, "%s %s (%d, %d)", b.vertex(), network.name(b.vertex()),
                        b.brokerage(), b.externalLinks()));
            }
            out.printf(Locale.ROOT, "%4d %5d %8.3f %9.2f  %s%n", p.id(), p.size(), p.density(), p.internalWeight(),
                    brokers.isEmpty() ? "-" : String.join(", ", brokers));
            List<String> members = new ArrayList<>();
            for (String m : p.members()) {
                members.add(m + " " + network.name(m) + unstableMark(result, m));
            }
            out.println(wrap("members: " + String.join(", ", members), 100, "           "));
        }
        if (!alone.isEmpty()) {
            out.println();
            out.println("Persons with no link (a community each): " + alone.size());
            out.println(wrap(String.join(", ", alone), 100, "  "));
        }
        out.println();
        out.println("density = links inside / possible pairs; weight = summed tie strength inside. A broker's two-paths"
                + " are open paths a-broker-c (a, c not linked) leaving its community: itinerant, gatekeeper/"
                + "representative and liaison roles after Gould & Fernandez (1989).");
    }

    /** " *(0.40, else 3)" for an unstable consensus membership, else "". */
    private static String unstableMark(CommunityResult result, String person) {
        if (!result.isConsensus()) {
            return "";
        }
        int i = result.indexed().indexOf(person);
        ConsensusCommunities.Membership m = result.consensus().membership();
        if (!m.unstable(i)) {
            return "";
        }
        return String.format(Locale.ROOT, " *(%.2f%s)", m.stability()[i],
                m.alternative()[i] < 0 ? "" : ", else " + m.alternative()[i]);
    }

    private static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder(indent);
        int column = indent.length();
        for (String word : text.split(" ")) {
            if (column + word.length() + 1 > width && column > indent.length()) {
                out.append('\n').append(indent);
                column = indent.length();
            } else if (column > indent.length()) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
