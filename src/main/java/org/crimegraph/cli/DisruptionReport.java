package org.crimegraph.cli;

import static org.crimegraph.text.SafeText.clip;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crimegraph.analysis.LinkEvidence;
import org.crimegraph.analysis.Target;
import org.crimegraph.chart.Series;
import org.crimegraph.chart.SvgLineChart;
import org.crimegraph.disruption.DisruptionResult;
import org.crimegraph.disruption.ExplainedTarget;
import org.crimegraph.disruption.RecoveryResult;
import org.crimegraph.disruption.RemovalCurve;
import org.crimegraph.disruption.RemovalPoint;
import org.crimegraph.disruption.StabilityResult;
import org.crimegraph.export.CsvNetworkWriter;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.files.PrivateFiles;

/** Prints a disruption analysis as a table with reasons, CSV curves or JSON, and writes the curve files. */
final class DisruptionReport {

    /** Output formats of {@code disrupt}. */
    enum Format { table, csv, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final DisruptionResult<String> result;
    private final Function<String, String> names;
    private final Map<String, Target> targets;
    private final int links;
    private final String evidence;
    private final StabilityResult<String> stability;

    /** A report on a projected person network: names, and the reports behind each target's links. */
    DisruptionReport(DisruptionResult<String> result, ScoringResult scoring, StabilityResult<String> stability) {
        this(result, scoring.network()::name,
                scoring.targets().stream().collect(Collectors.toMap(Target::personId, Function.identity())),
                scoring.network().graph().edgeSet().size(), scoring.filter().describe(), stability);
    }

    /**
     * A report on any network (e.g. an edge list): ids as names, no report evidence.
     *
     * @param links    number of links
     * @param evidence what the network was built from, e.g. the file name
     */
    DisruptionReport(DisruptionResult<String> result, int links, String evidence, StabilityResult<String> stability) {
        this(result, Function.identity(), Map.of(), links, evidence, stability);
    }

    private DisruptionReport(DisruptionResult<String> result, Function<String, String> names, Map<String, Target> targets,
                             int links, String evidence, StabilityResult<String> stability) {
        this.result = result;
        this.names = names;
        this.targets = targets;
        this.links = links;
        this.evidence = evidence;
        this.stability = stability;
    }

    void print(Format format, PrintWriter out, List<Path> written) {
        switch (format) {
            case table -> table(out, written);
            case csv -> out.print(curvesCsv());
            case json -> out.println(json());
        }
        out.flush();
    }

    private void table(PrintWriter out, List<Path> written) {
        var keyPlayers = result.keyPlayers();
        out.printf(Locale.ROOT, "Person network: %d persons, %d links, %d components (largest %d). Evidence used: %s.%n",
                result.before().vertices(), links, result.before().components(),
                result.before().largestComponent(), evidence);
        out.printf(Locale.ROOT, "Recommended targets (%d, chosen to maximise %s; Borgatti's key-player search):%n%n",
                keyPlayers.members().size(), keyPlayers.measure() == org.crimegraph.disruption.KeyPlayerMeasure.F
                        ? "fragmentation F" : "distance-weighted fragmentation DF = 1 - efficiency");
        String header = String.format(Locale.ROOT, "%4s  %-6s %-24s %12s  %-11s %-9s %-9s %-3s",
                "#", "id", "name", "contribution", "betweenness", "pagerank", "strength", "AP");
        out.println(header);
        out.println("-".repeat(header.length()));
        int row = 1;
        for (ExplainedTarget<String> t : result.targets()) {
            out.printf(Locale.ROOT, "%4d  %-6s %-24s %12.4f  #%-10d #%-8d #%-8d %-3s%n", row++, t.vertex(),
                    clip(names.apply(t.vertex()), 24), t.contribution(), t.betweenness().rank(),
                    t.pageRank().rank(), t.strength().rank(), t.articulationPoint() ? "yes" : "");
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
        int removals = commonRemovals(result.curves());
        if (removals > 0) {
            out.println();
            out.printf(Locale.ROOT, "Removal strategies compared after the same %d %s (the fewest any strategy made; "
                            + "robustness R = mean largest-group share over those %d steps, lower = broken faster; "
                            + "longer curves are in removal-curves.csv and the charts):%n",
                    removals, removals == 1 ? "removal" : "removals", removals);
            String h = String.format(Locale.ROOT, "%-24s %-10s %5s  %8s %8s %10s %11s %7s  %s", "strategy", "mode", "steps",
                    "lcc", "lcc/lcc0", "components", "efficiency", "R", "first removed");
            out.println(h);
            out.println("-".repeat(h.length()));
            for (RemovalCurve<String> c : result.curves()) {
                if (c.points().isEmpty()) {
                    continue;
                }
                RemovalPoint<String> at = c.points().get(removals - 1);
                String first = c.points().stream().limit(Math.min(5, removals)).map(s -> s.removed() == null ? "-" : s.removed())
                        .collect(Collectors.joining(" "));
                out.printf(Locale.ROOT, "%-24s %-10s %5d  %8.1f %8.3f %10.1f %11.4f %7.3f  %s%n", c.name(), c.mode(),
                        removals, at.lcc(), at.lccFraction(), at.components(), at.efficiency(),
                        robustness(c, removals), c.repeats() > 1 ? "(mean of " + c.repeats() + " seeded runs)" : first);
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
                        clip(names.apply(id), 24), stability.top().size(), 100 * stability.stayed().get(i));
            }
            out.printf(Locale.ROOT, "  Kendall tau-b between the full and the perturbed rankings: mean %.3f, lowest %.3f%n",
                    stability.meanTau(), stability.minTau());
        }
        if (!written.isEmpty()) {
            out.println();
            out.println("Wrote: " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
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

    String curvesCsv() {
        StringBuilder b = new StringBuilder("strategy,mode,k,removed,lcc,lccFraction,components,fragmentation,efficiency\n");
        for (RemovalCurve<String> c : result.curves()) {
            b.append(String.format(Locale.ROOT, "%s,%s,0,,%s,%s,%s,%s,%s%n", c.name(), c.mode(),
                    num(c.initial().largestComponent()), num(1.0), num(c.initial().components()),
                    num(c.initial().fragmentation()), num(c.initial().efficiency())));
            for (RemovalPoint<String> s : c.points()) {
                b.append(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%s,%s,%s,%s%n", c.name(), c.mode(), s.k(),
                        s.removed() == null ? "" : csvCell(s.removed()), num(s.lcc()), num(s.lccFraction()),
                        num(s.components()), num(s.fragmentation()), num(s.efficiency())));
            }
        }
        return b.toString();
    }

    String json() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode strategies = root.putArray("strategies");
        for (RemovalCurve<String> c : result.curves()) {
            ObjectNode node = strategies.addObject();
            node.put("name", c.name());
            node.put("mode", c.mode());
            ArrayNode steps = node.putArray("steps");
            for (RemovalPoint<String> s : c.points()) {
                ObjectNode step = steps.addObject();
                step.put("k", s.k());
                if (s.removed() == null) {
                    step.putNull("removed");
                } else {
                    step.put("removed", s.removed());
                }
                if (c.repeats() == 1) {
                    step.put("lcc", (int) s.lcc());
                    step.put("lccFraction", s.lccFraction());
                    step.put("components", (int) s.components());
                } else {
                    step.put("lcc", s.lcc());
                    step.put("lccFraction", s.lccFraction());
                    step.put("components", s.components());
                }
                step.put("fragmentation", s.fragmentation());
                step.put("efficiency", s.efficiency());
            }
        }
        ObjectNode kp = root.putObject("keyPlayers");
        kp.put("measure", result.keyPlayers().measure().name());
        ArrayNode set = kp.putArray("set");
        result.keyPlayers().members().forEach(set::add);
        kp.put("score", result.keyPlayers().score());
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the curves CSV and the two charts; returns the files written. */
    List<Path> writeFiles(Path folder) throws IOException {
        if (result.curves().isEmpty()) {
            return List.of();
        }
        PrivateFiles.createDirectories(folder);
        Path csv = folder.resolve("removal-curves.csv");
        PrivateFiles.writeString(csv, curvesCsv());
        Path lcc = folder.resolve("removal-lcc.svg");
        PrivateFiles.writeString(lcc, lccChart(result.curves()));
        Path efficiency = folder.resolve("removal-efficiency.svg");
        double e0 = result.before().efficiency();
        PrivateFiles.writeString(efficiency, new SvgLineChart("Global efficiency as persons are removed",
                "persons removed", "global efficiency (1 - DF)").yRange(0, Math.max(e0, 1e-9) * 1.05)
                .render(series(result.curves(), RemovalPoint::efficiency, e0)));
        return List.of(csv, lcc, efficiency);
    }

    /** The chart of the largest connected group's share as persons are removed, one line per curve. */
    static String lccChart(List<RemovalCurve<String>> curves) {
        return new SvgLineChart("Largest connected group as persons are removed",
                "persons removed", "largest group / largest group before").yRange(0, 1)
                .render(series(curves, s -> s.lccFraction(), 1.0));
    }

    private static List<Series> series(List<RemovalCurve<String>> curves,
                                       java.util.function.ToDoubleFunction<RemovalPoint<String>> y, double initial) {
        List<Series> list = new ArrayList<>();
        for (RemovalCurve<String> c : curves) {
            double[] xs = new double[c.points().size() + 1];
            double[] ys = new double[c.points().size() + 1];
            ys[0] = initial;
            for (int i = 0; i < c.points().size(); i++) {
                xs[i + 1] = c.points().get(i).k();
                ys[i + 1] = y.applyAsDouble(c.points().get(i));
            }
            list.add(new Series(c.name() + (c.repeats() > 1 ? " (mean of " + c.repeats() + " runs)" : "")
                    + (c.mode().equals("sequential") ? ", recomputed" : ""), xs, ys, c.repeats() > 1));
        }
        return list;
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return Double.toString(v);
    }

    private static String csvCell(String text) {
        String safe = CsvNetworkWriter.neutralise(text);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
