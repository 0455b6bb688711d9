package org.crimegraph.cli;

import org.crimegraph.text.SafeText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crimegraph.analysis.LinkEvidence;
import org.crimegraph.analysis.Target;
import org.crimegraph.app.disrupt.DisruptNetwork;
import org.crimegraph.app.disrupt.RemovalCurveFiles;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.disruption.DisruptionResult;
import org.crimegraph.disruption.ExplainedTarget;
import org.crimegraph.disruption.KeyPlayerMeasure;
import org.crimegraph.disruption.StabilityResult;
import org.crimegraph.scoring.ScoringResult;

/**
 * Prints a disruption analysis as a table with reasons (strategies, recovery and stability by
 * {@link DisruptionDetails}), as CSV curves, or as JSON ({@link DisruptionJson}).
 */
final class DisruptionSummary {

    private final DisruptionResult<String> result;
    private final Function<String, String> names;
    private final Map<String, Target> targets;
    private final int links;
    private final String evidence;
    private final String pathLength;
    private final StabilityResult<String> stability;

    /** A summary of an analysed network: names, and the reports behind each target's links. */
    DisruptionSummary(DisruptNetwork.Result analysed) {
        ScoringResult scoring = analysed.scoring();
        this.result = analysed.result();
        this.names = scoring.network()::name;
        this.targets = scoring.targets().stream().collect(Collectors.toMap(Target::personId, Function.identity()));
        this.links = scoring.network().graph().edgeSet().size();
        this.evidence = scoring.filter().describe();
        this.pathLength = scoring.scores().pathLength().description();
        this.stability = analysed.stability();
    }

    void print(OutputFormat format, PrintWriter out, List<Path> written) {
        switch (format) {
            case table -> table(out, written);
            case csv -> out.print(RemovalCurveFiles.csv(result.curves()));
            case json -> out.println(DisruptionJson.of(result, pathLength));
        }
        out.flush();
    }

    private void table(PrintWriter out, List<Path> written) {
        var keyPlayers = result.keyPlayers();
        out.printf(Locale.ROOT, "Person network: %d persons, %d links, %d components (largest %d). Evidence used: %s.%n"
                        + "Path lengths (target scoring): %s; key players and removal curves count hops.%n",
                result.before().vertices(), links, result.before().components(),
                result.before().largestComponent(), evidence, pathLength);
        out.printf(Locale.ROOT, "Recommended targets (%d, chosen to maximise %s; Borgatti's key-player search):%n%n",
                keyPlayers.members().size(), keyPlayers.measure() == KeyPlayerMeasure.F
                        ? "fragmentation F" : "distance-weighted fragmentation DF = 1 - efficiency");
        TextTable table = new TextTable().right("#", 4).gap("  ").left("id", 6).left("name", 24).right("contribution", 12)
                .gap("  ").left("betweenness", 11).left("pagerank", 9).left("strength", 9).left("AP", 3);
        table.printHeader(out);
        int row = 1;
        for (ExplainedTarget<String> t : result.targets()) {
            table.printRow(out, row++, t.vertex(), SafeText.clip(names.apply(t.vertex()), 24),
                    String.format(Locale.ROOT, "%.4f", t.contribution()), "#" + t.betweenness().rank(),
                    "#" + t.pageRank().rank(), "#" + t.strength().rank(), t.articulationPoint() ? "yes" : "");
        }
        out.println();
        out.printf(Locale.ROOT, "Expected effect of removing all %d: fragmentation F %.3f -> %.3f, efficiency %.3f -> %.3f (%s), "
                        + "largest group %d -> %d persons, components %d -> %d.%n",
                keyPlayers.members().size(), result.before().fragmentation(), result.after().fragmentation(),
                result.before().efficiency(), result.after().efficiency(),
                drop(result.before().efficiency(), result.after().efficiency()), result.before().largestComponent(),
                result.after().largestComponent(), result.before().components(), result.after().components());
        out.println();
        out.println("Why:");
        row = 1;
        for (ExplainedTarget<String> t : result.targets()) {
            out.printf(Locale.ROOT, "%d. %s %s%n", row++, t.vertex(), names.apply(t.vertex()));
            for (String reason : t.reasons()) {
                out.println("   - " + reason);
            }
            Target scored = targets.get(t.vertex());
            if (scored != null && !scored.strongestLinks().isEmpty()) {
                List<String> cited = new ArrayList<>();
                for (LinkEvidence link : scored.strongestLinks()) {
                    String who = link.name().equals(link.personId()) ? link.personId() : link.personId() + " " + link.name();
                    cited.add(link.reportIds().isEmpty()
                            ? String.format(Locale.ROOT, "%s (weight %.3g; %s)", who, link.weight(),
                                    String.join(", ", link.kinds()))
                            : String.format(Locale.ROOT, "%s (weight %.3g; %s; reports %s; weakest grade %s)", who,
                                    link.weight(), String.join(", ", link.kinds()), String.join(", ", link.reportIds()),
                                    link.weakestGrade()));
                }
                out.println("   - strongest links: " + String.join("; ", cited));
            }
        }
        DisruptionDetails.print(result, stability, names, out);
        if (!written.isEmpty()) {
            out.println();
            out.println("Wrote: " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
    }

    private static String drop(double before, double after) {
        return before == 0 ? "no change" : String.format(Locale.ROOT, "%+.1f%%", (after - before) / before * 100);
    }
}
