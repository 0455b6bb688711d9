package org.crimegraph.cli;

import org.crimegraph.text.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.RemovalEffect;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.app.query.NodeProfile;
import org.crimegraph.app.query.NodeQuery;
import org.crimegraph.app.query.PersonHolding;
import org.crimegraph.app.query.PersonIdentity;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.export.Rounding;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.scoring.ScoringResult;

/** {@code node} as text: scores and ranks, structural role, strongest links, reasons, identity, holdings. */
final class NodeTable {

    private NodeTable() {
    }

    static void print(NodeQuery.Result node, PrintWriter out) {
        NodeProfile p = node.profile();
        ScoringResult result = p.result();
        int persons = result.network().graph().vertexSet().size();
        out.printf(Locale.ROOT, "%s  %s%n", p.id(), p.name());
        out.printf(Locale.ROOT, "Network: %d persons, %d links. Evidence used: %s. Path lengths: %s.%n",
                persons, result.network().graph().edgeSet().size(), result.filter().describe(),
                result.scores().pathLength().description());
        if (result.scores().mode().sampled()) {
            // an exact profile says nothing more; a sampled one must say its values are estimates
            out.printf(Locale.ROOT, "Scoring mode: %s.%n", result.scores().mode().describe());
        }
        // the score with as many decimals as tell it from the persons ranked just above and below
        List<Target> ranking = result.targets();
        int at = p.target().rank() - 1;
        List<Double> around = ranking.subList(Math.max(0, at - 1), Math.min(ranking.size(), at + 2)).stream()
                .map(Target::score).toList();
        out.printf(Locale.ROOT, "Target rank %d of %d (score %s; %s)%n%n", p.target().rank(), persons,
                Rounding.fixed(p.target().score(), Rounding.scoreDecimals(around)), TargetRanking.DEFINITION);
        out.printf(Locale.ROOT, "%-15s %14s  %-12s%n", "measure", "value", "rank");
        out.println("-".repeat(43));
        for (MeasureRank rank : p.ranks()) {
            out.printf(Locale.ROOT, "%-15s %14s  %d of %d%n", rank.measure(), value(rank), rank.rank(), rank.of());
        }
        out.println();
        VertexScore<String> s = p.score();
        int componentSize = result.scores().componentSizes().get(s.component());
        out.printf(Locale.ROOT, "Component %d of %d (%d persons).%n", s.component() + 1,
                result.scores().componentSizes().size(), componentSize);
        int community = result.communityOf(s.vertex());
        out.printf(Locale.ROOT, "Community %d (%d persons; one of %d %s communities, numbered from 0).%n", community,
                result.communities().size(community), result.communities().count(), result.communities().algorithm());
        if (s.articulationPoint()) {
            RemovalEffect e = s.removal();
            int pendants = Math.min(result.network().pendantContacts(s.vertex()), e.cutOff());
            String whom = e.cutOff() == 1 ? "person" : "persons";
            if (pendants == e.cutOff() && e.largestPiece() > 1) {
                // only contacts with no other link: said for what it is (analysis.TargetRanking's reasons)
                out.printf(Locale.ROOT, "Articulation point, but removal only cuts off %d %s with no other link "
                        + "(the other %d of %d stay connected).%n", e.cutOff(), whom, e.largestPiece(), e.componentSize());
            } else {
                out.printf(Locale.ROOT, "Articulation point: removal cuts off %d %s%s and splits the component into %d "
                                + "pieces (the largest keeps %d of %d).%n", e.cutOff(), whom,
                        pendants == 0 ? "" : " (" + pendants + " of them with no other link)", e.pieces(),
                        e.largestPiece(), e.componentSize());
            }
        } else {
            out.println("Not an articulation point: the component stays connected without this person.");
        }
        out.println();
        links(p, out);
        out.println();
        out.println("Why (as a target):");
        for (String reason : p.target().reasons()) {
            out.println("  - " + reason);
        }
        identity(node.identity(), out);
        holdings(node, out);
    }

    private static void links(NodeProfile p, PrintWriter out) {
        out.printf(Locale.ROOT, "Strongest links (%d of %d):%n", p.links().size(), p.linkCount());
        if (p.links().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "  %6s  %-30s %-34s %-6s %-8s %s%n", "weight", "person", "kinds", "grade",
                "handling", "reports");
        for (PersonLink link : p.links()) {
            String other = link.other(p.id());
            String name = p.result().network().name(other);
            String who = other.equals(name) ? other : other + " " + name;
            out.printf(Locale.ROOT, "  %6.2f  %-30s %-34s %-6s %-8s %s%n", link.weight(), SafeText.clip(who, 30),
                    SafeText.clip(String.join(", ", link.kinds()), 34), link.weakestGrade().code(), link.handling(),
                    String.join(", ", link.reportIds()));
        }
    }

    /** The identity claims the release allows: each field's values with their reports, conflicts marked. */
    private static void identity(PersonIdentity identity, PrintWriter out) {
        out.println();
        out.println("Claims (value: reports; the first value is the one shown, from the most trusted report):");
        for (PersonIdentity.Field field : identity.fields()) {
            out.printf(Locale.ROOT, "  %-12s %s%s%n", field.name(), field.conflict() ? "CONFLICT  " : "",
                    String.join("; ", field.values().stream()
                            .map(v -> v.value() + ": " + String.join(", ", v.reportIds())).toList()));
        }
    }

    /** Phones, accounts, vehicles and addresses, each with the reports asserting the holding. */
    private static void holdings(NodeQuery.Result node, PrintWriter out) {
        out.println();
        if (node.holdings().isEmpty()) {
            out.println("Holdings: none asserted by a report allowed here.");
            return;
        }
        out.println("Holdings (phones, accounts, vehicles, addresses):");
        TextTable table = new TextTable().left("kind", 8).left("what", 34).left("relationship", 12)
                .left("detail", 30).left("reports", 0);
        out.println("  " + table.header());
        for (PersonHolding h : node.holdings()) {
            out.println("  " + table.line(h.kind(), h.shown(), h.relationship(),
                    h.detail() == null ? "" : SafeText.clip(h.detail(), 30), String.join(", ", h.reportIds())));
        }
    }

    /** Counts as whole numbers, other values with six significant digits. */
    private static String value(MeasureRank rank) {
        if (rank.measure().equals(VertexScore.DEGREE) || rank.measure().equals(VertexScore.CORENESS)) {
            return String.valueOf((long) rank.value());
        }
        return String.format(Locale.ROOT, "%.6g", rank.value());
    }
}
