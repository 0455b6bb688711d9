package org.crimegraph.cli;

import org.crimegraph.text.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.Target;
import org.crimegraph.cli.render.CsvWriter;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.export.Rounding;
import org.crimegraph.scoring.ScoringResult;

/**
 * Prints a scoring result as a readable table with reasons, as CSV, or as JSON ({@link TargetJson}). The table shows the
 * best {@code top} persons; CSV and JSON list every person. Persons are in composite-score order, or
 * by one measure ({@code --sort}), highest first, ties by composite rank.
 */
final class TargetTable {

    private TargetTable() {
    }

    static void print(ScoringResult result, int top, OutputFormat format, PrintWriter out) {
        print(result, top, format, TargetOrder.SCORE, false, out);
    }

    /**
     * @param sort  {@value TargetOrder#SCORE} or a measure key of {@link VertexScore#MEASURES}
     * @param excel with csv: start with a UTF-8 byte-order mark so that Excel reads accents right
     */
    static void print(ScoringResult result, int top, OutputFormat format, String sort, boolean excel, PrintWriter out) {
        if (top < 0) {
            throw new IllegalArgumentException("--top must not be negative");
        }
        List<Target> ordered = TargetOrder.sorted(result, sort);
        switch (format) {
            case table -> table(result, ordered.subList(0, Math.min(top, ordered.size())), sort, out);
            case csv -> csv(result, ordered, excel, out);
            case json -> TargetJson.print(result, ordered, out);
        }
        out.flush();
    }

    private static void table(ScoringResult result, List<Target> targets, String sort, PrintWriter out) {
        var scores = result.scores();
        if (scores.size() == 0) {
            out.println("No persons to score: the store has persons, but none under this filter (" + result.evidence()
                    + "); widen the filter (--release-to, --min-grade, --from/--to).");
            return;
        }
        long points = scores.scores().stream().filter(VertexScore::articulationPoint).count();
        out.printf(Locale.ROOT, "Person network: %d persons, %d links, %d components (largest %d); %d %s%n",
                result.network().graph().vertexSet().size(), result.network().graph().edgeSet().size(),
                scores.componentSizes().size(), scores.componentSizes().isEmpty() ? 0 : scores.componentSizes().get(0),
                points, points == 1 ? "articulation point" : "articulation points");
        out.printf(Locale.ROOT, "Communities: %d (%s, modularity %.3f).%n", result.communities().count(),
                result.communities().algorithm(), result.communities().modularity());
        out.printf(Locale.ROOT, "Evidence used: %s. Path lengths: %s. Betweenness: %s.%n",
                result.evidence(), scores.pathLength().description(), scores.betweennessMethod());
        out.printf(Locale.ROOT, "Scoring mode: %s.%n%n", scores.mode().describe());
        boolean byMeasure = sort != null && !sort.equals(TargetOrder.SCORE);
        if (byMeasure) {
            out.printf(Locale.ROOT, "Sorted by %s, highest first; rank = composite target rank.%n%n", sort);
        }
        // as many decimals as tell the shown rows apart: the top scores of a large network differ far down
        int decimals = Rounding.scoreDecimals(targets.stream().map(Target::score).toList());
        TextTable table = new TextTable().right("rank", 4).gap("  ").left("id", 6).left("name", 24)
                .right("score", Math.max(6, decimals + 2))
                .gap("  ").left("betweenness", 14).left("pagerank", 14).left("strength", 13).right("deg", 4)
                .right("core", 4).right("clust", 5).gap("  ").left("AP", 3);
        if (byMeasure) {
            table.right(SafeText.clip(sort, 12), 12);
        }
        table.printHeader(out);
        for (Target t : targets) {
            VertexScore<String> s = scores.of(t.personId());
            List<Object> cells = new ArrayList<>(List.of(t.rank(), t.personId(), SafeText.clip(t.name(), 24),
                    Rounding.fixed(t.score(), decimals), ranked(t.betweenness().value(), t.betweenness().rank()),
                    ranked(t.pageRank().value(), t.pageRank().rank()),
                    ranked("%6.2f", t.strength().value(), t.strength().rank()), t.degree(), s.coreness(),
                    Rounding.fixed(s.clustering(), 2), t.articulationPoint() ? "yes" : ""));
            if (byMeasure) {
                cells.add(Rounding.text(s.measures().get(sort), 4));
            }
            table.printRow(out, cells.toArray());
        }
        out.println();
        out.println(TargetRanking.DEFINITION + ".");
        out.println("core = k-core number (the person keeps at least that many links inside the core); "
                + "clust = share of the person's contacts who are linked to each other.");
        String saturated = saturation(targets, scores.size());
        if (saturated != null) {
            out.println(saturated);
        }
        for (String measure : scores.notConverged()) {
            out.printf(Locale.ROOT, "Note: %s did not converge (stopped at its iteration cap, %d iterations); "
                    + "its scores are the last iterate.%n", measure, iterations(scores, measure));
        }
        out.println();
        out.println("Why:");
        for (Target t : targets) {
            out.printf(Locale.ROOT, "%d. %s %s%n", t.rank(), t.personId(), t.name());
            for (String reason : t.reasons()) {
                out.println("   - " + reason);
            }
        }
    }

    private static void csv(ScoringResult result, List<Target> targets, boolean excel, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out, excel).header("rank", "id", "name", "score", "betweenness", "betweenness_rank",
                "pagerank", "pagerank_rank", "strength", "strength_rank", "degree", "articulation_point", "closeness",
                "harmonic", "eigenvector", "coreness", "clustering");
        for (Target t : targets) {
            VertexScore<String> s = result.scores().of(t.personId());
            csv.row(t.rank(), t.personId(), t.name(), t.score(), t.betweenness().value(), t.betweenness().rank(),
                    t.pageRank().value(), t.pageRank().rank(), t.strength().value(), t.strength().rank(), t.degree(),
                    t.articulationPoint(), s.closeness(), s.harmonic(), s.eigenvector(), s.coreness(), s.clustering());
        }
    }

    /** The least mean percentile of the shown rows above which the score no longer orders them by the measures. */
    static final double SATURATED_PERCENTILE = 0.98;

    /**
     * A note when every shown row's mean percentile is at least {@value #SATURATED_PERCENTILE}: in a large
     * network the top rows all sit in the top few per cent of each measure (at a million persons, ranks 1 and
     * 26,000 differ by 0.026 in percentile), so an articulation bonus of a few hundredths (0.024 for cutting off
     * two persons there) decides their order; null otherwise (the sample case's top 10 reach down to 0.8).
     */
    static String saturation(List<Target> targets, int persons) {
        if (targets.size() < 2) {
            return null;
        }
        double low = Double.MAX_VALUE;
        for (Target t : targets) {
            low = Math.min(low, t.meanPercentile());
        }
        if (low < SATURATED_PERCENTILE) {
            return null;
        }
        return String.format(Locale.ROOT, "Note: all %d persons shown have a mean percentile of %.4f or more (%,d "
                + "persons in the network), so the score orders them by small differences and the articulation "
                + "bonus; see each measure's own order with --sort betweenness, --sort pagerank or --sort strength.",
                targets.size(), Math.floor(low * 10_000) / 10_000, persons);
    }

    /**
     * A measure with its rank, e.g. {@code  0.1234 (#2  )}: four decimals, or three significant digits where
     * four decimals would show fewer than two ({@code 0.00000313 (#9921)}, not {@code 0.0000}: PageRank at a
     * million persons averages 1e-6, and a value printed as zero reads as "no importance").
     */
    static String ranked(double value, int rank) {
        String shown = value != 0 && Math.abs(value) < 0.001
                ? String.format(Locale.ROOT, "%7s", Rounding.text(value, 3))
                : String.format(Locale.ROOT, "%7.4f", value);
        return String.format(Locale.ROOT, "%s (#%-3d)", shown, rank);
    }

    private static String ranked(String format, double value, int rank) {
        return String.format(Locale.ROOT, format + " (#%-3d)", value, rank);
    }

    private static int iterations(org.crimegraph.analysis.NetworkScores<String> scores, String measure) {
        return (measure.equals(VertexScore.PAGERANK) ? scores.pageRankConvergence() : scores.eigenvectorConvergence())
                .iterations();
    }
}
