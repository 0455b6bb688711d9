package org.crimegraph.cli;

import org.crimegraph.text.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.disruption.DisruptionResult;
import org.crimegraph.disruption.RecoveryResult;
import org.crimegraph.disruption.RemovalCurve;
import org.crimegraph.disruption.RemovalPoint;
import org.crimegraph.disruption.StabilityResult;

/** The second half of the {@code disrupt} table: removal strategies compared, recovery, rank stability. */
final class DisruptionDetails {

    private DisruptionDetails() {
    }

    static void print(DisruptionResult<String> result, StabilityResult<String> stability, Function<String, String> names,
                      PrintWriter out) {
        int removals = commonRemovals(result.curves());
        if (removals > 0) {
            out.println();
            out.printf(Locale.ROOT, "Removal strategies compared after the same %d %s (the fewest any strategy made; "
                            + "robustness R = mean largest-group share over those %d steps, lower = broken faster; "
                            + "longer curves are in removal-curves.csv and the charts):%n",
                    removals, removals == 1 ? "removal" : "removals", removals);
            TextTable table = new TextTable().left("strategy", 24).left("mode", 10).right("steps", 5).gap("  ")
                    .right("lcc", 8).right("lcc/lcc0", 8).right("components", 10).right("efficiency", 11).right("R", 7)
                    .gap("  ").left("first removed", 0);
            table.printHeader(out);
            for (RemovalCurve<String> c : result.curves()) {
                if (c.points().isEmpty()) {
                    continue;
                }
                RemovalPoint<String> at = c.points().get(removals - 1);
                String first = c.points().stream().limit(Math.min(5, removals)).map(s -> s.removed() == null ? "-" : s.removed())
                        .collect(Collectors.joining(" "));
                table.printRow(out, c.name(), c.mode(), removals, String.format(Locale.ROOT, "%.1f", at.lcc()),
                        String.format(Locale.ROOT, "%.3f", at.lccFraction()),
                        String.format(Locale.ROOT, "%.1f", at.components()),
                        String.format(Locale.ROOT, "%.4f", at.efficiency()),
                        String.format(Locale.ROOT, "%.3f", robustness(c, removals)),
                        c.repeats() > 1 ? "(mean of " + c.repeats() + " seeded runs)" : first);
            }
        }
        RecoveryResult<String> r = result.recovery();
        if (r != null) {
            out.println();
            out.printf(Locale.ROOT, "Recovery (%s rewiring of the targets' contacts, Duijn et al. 2014): %d new links.%n",
                    r.rule().label(), r.newLinks().size());
            out.printf(Locale.ROOT, "  efficiency: before %.4f, after removal %.4f, after recovery %.4f (%s of the loss won back)%n",
                    r.before().efficiency(), r.disrupted().efficiency(), r.recovered().efficiency(),
                    Double.isNaN(r.efficiencyRecovered()) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * r.efficiencyRecovered()));
            out.printf(Locale.ROOT, "  largest group: before %d, after removal %d, after recovery %d%n",
                    r.before().largestComponent(), r.disrupted().largestComponent(), r.recovered().largestComponent());
            out.printf(Locale.ROOT, "  verdict: %s%n", r.verdict().equals("weaker")
                    ? "weaker — the recovered network keeps less than 90% of its efficiency"
                    : "merely reorganised — the recovered network is about as efficient as before");
        }
        if (stability != null) {
            out.println();
            out.printf(Locale.ROOT, "Rank stability of the top %d by the composite target score of 'crimegraph score' (%s; %d %s):%n",
                    stability.top().size(), stability.perturbation(), stability.repeats(), stability.repeats() == 1 ? "run" : "seeded runs");
            for (int i = 0; i < stability.top().size(); i++) {
                String id = stability.top().get(i);
                out.printf(Locale.ROOT, "  %2d. %-6s %-24s stays in the top %d in %3.0f%% of runs%n", i + 1, id,
                        SafeText.clip(names.apply(id), 24), stability.top().size(), 100 * stability.stayed().get(i));
            }
            out.printf(Locale.ROOT, "  Kendall tau-b between the full and the perturbed rankings: mean %.3f, lowest %.3f%n",
                    stability.meanTau(), stability.minTau());
        }
    }

    /** Mean largest-component share over the steps (Schneider et al.'s robustness R, on k steps). */
    static double robustness(RemovalCurve<String> c) {
        return robustness(c, c.points().size());
    }

    /** Robustness R over the first {@code steps} removals, so that strategies are compared on equal terms. */
    static double robustness(RemovalCurve<String> c, int steps) {
        return c.points().stream().limit(steps).mapToDouble(RemovalPoint::lccFraction).average().orElse(Double.NaN);
    }

    /** The number of removals every non-empty curve reached: the strategies are compared there. */
    static int commonRemovals(List<RemovalCurve<String>> curves) {
        return curves.stream().mapToInt(c -> c.points().size()).filter(n -> n > 0).min().orElse(0);
    }

    private static String drop(double before, double after) {
        return before == 0 ? "no change" : String.format(Locale.ROOT, "%+.1f%%", (after - before) / before * 100);
    }

}
