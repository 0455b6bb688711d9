package org.crimegraph.app.disrupt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.crimegraph.chart.Series;
import org.crimegraph.chart.SvgLineChart;
import org.crimegraph.disruption.DisruptionResult;
import org.crimegraph.disruption.RemovalCurve;
import org.crimegraph.disruption.RemovalPoint;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.text.SafeText;

/**
 * The removal curves of a disruption analysis as files: {@code removal-curves.csv} (one row per
 * strategy and removal, step 0 the network before) and two SVG charts (largest group's share and
 * global efficiency as persons are removed).
 */
public final class RemovalCurveFiles {

    /** The CSV file's name. */
    public static final String CSV = "removal-curves.csv";

    private RemovalCurveFiles() {
    }

    /** Writes the curves CSV and the two charts into {@code folder}; returns the files written (none without curves). */
    public static List<Path> write(DisruptionResult<String> result, Path folder) throws IOException {
        if (result.curves().isEmpty()) {
            return List.of();
        }
        PrivateFiles.createDirectories(folder);
        Path csv = folder.resolve(CSV);
        PrivateFiles.writeString(csv, csv(result.curves()));
        Path lcc = folder.resolve("removal-lcc.svg");
        PrivateFiles.writeString(lcc, lccChart(result.curves()));
        Path efficiency = folder.resolve("removal-efficiency.svg");
        double e0 = result.before().efficiency();
        PrivateFiles.writeString(efficiency, new SvgLineChart("Global efficiency as persons are removed",
                "persons removed", "global efficiency (1 - DF)").yRange(0, Math.max(e0, 1e-9) * 1.05)
                .render(series(result.curves(), RemovalPoint::efficiency, e0)));
        return List.of(csv, lcc, efficiency);
    }

    /** The curves as CSV: strategy, mode, k, removed, lcc, lccFraction, components, fragmentation, efficiency. */
    public static String csv(List<RemovalCurve<String>> curves) {
        StringBuilder b = new StringBuilder("strategy,mode,k,removed,lcc,lccFraction,components,fragmentation,efficiency\n");
        for (RemovalCurve<String> c : curves) {
            b.append(String.format(Locale.ROOT, "%s,%s,0,,%s,%s,%s,%s,%s%n", c.name(), c.mode(),
                    num(c.initial().largestComponent()), num(1.0), num(c.initial().components()),
                    num(c.initial().fragmentation()), num(c.initial().efficiency())));
            for (RemovalPoint<String> s : c.points()) {
                b.append(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%s,%s,%s,%s%n", c.name(), c.mode(), s.k(),
                        s.removed() == null ? "" : cell(s.removed()), num(s.lcc()), num(s.lccFraction()),
                        num(s.components()), num(s.fragmentation()), num(s.efficiency())));
            }
        }
        return b.toString();
    }

    /** The chart of the largest connected group's share as persons are removed, one line per curve. */
    public static String lccChart(List<RemovalCurve<String>> curves) {
        return new SvgLineChart("Largest connected group as persons are removed",
                "persons removed", "largest group / largest group before").yRange(0, 1)
                .render(series(curves, RemovalPoint::lccFraction, 1.0));
    }

    private static List<Series> series(List<RemovalCurve<String>> curves, ToDoubleFunction<RemovalPoint<String>> y,
                                       double initial) {
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

    /** A person id as a CSV cell: neutralised for spreadsheets, quoted when RFC 4180 requires it. */
    private static String cell(String text) {
        String safe = SafeText.forSpreadsheet(text);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
