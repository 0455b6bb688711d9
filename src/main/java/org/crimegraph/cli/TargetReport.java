package org.crimegraph.cli;

import static org.crimegraph.text.SafeText.clip;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.Bridge;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.export.CsvNetworkWriter;
import org.crimegraph.export.Rounding;
import org.crimegraph.scoring.ScoringResult;

/**
 * Prints a scoring result as a readable table with reasons, as CSV, or as JSON. The table shows the
 * best {@code top} persons; CSV and JSON list every person. Persons are in composite-score order, or
 * by one measure ({@code --sort}), highest first, ties by composite rank.
 */
final class TargetReport {

    /** Output formats of {@code score}. */
    enum Format { table, csv, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TargetReport() {
    }

    /** What {@code --sort} accepts: the composite score, or any measure key. */
    static final String SCORE = "score";

    static void print(ScoringResult result, int top, Format format, PrintWriter out) {
        print(result, top, format, SCORE, false, out);
    }

    /**
     * @param sort  {@value #SCORE} or a measure key of {@link VertexScore#MEASURES}
     * @param excel with csv: start with a UTF-8 byte-order mark so that Excel reads accents right
     */
    static void print(ScoringResult result, int top, Format format, String sort, boolean excel, PrintWriter out) {
        if (top < 0) {
            throw new IllegalArgumentException("--top must not be negative");
        }
        List<Target> ordered = sorted(result, sort);
        switch (format) {
            case table -> table(result, ordered.subList(0, Math.min(top, ordered.size())), sort, out);
            case csv -> {
                if (excel) {
                    out.print('\uFEFF');
                }
                csv(result, ordered, out);
            }
            case json -> json(result, ordered, out);
        }
        out.flush();
    }

    /** Refuses an unknown {@code --sort} value, listing the valid ones. */
    static void requireSort(String sort) {
        if (sort != null && !sort.equals(SCORE) && !VertexScore.MEASURES.contains(sort)) {
            throw new IllegalArgumentException("unknown measure '" + sort + "' for --sort; valid: " + SCORE + ", "
                    + String.join(", ", VertexScore.MEASURES));
        }
    }

    /** Every person, best first by the composite score or by one measure (ties by composite rank). */
    static List<Target> sorted(ScoringResult result, String sort) {
        List<Target> all = new ArrayList<>(result.targets());
        requireSort(sort);
        if (sort == null || sort.equals(SCORE)) {
            return all;
        }
        all.sort(Comparator.comparingDouble((Target t) -> -result.scores().of(t.personId()).measures().get(sort))
                .thenComparingInt(Target::rank));
        return all;
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
        out.printf(Locale.ROOT, "Evidence used: %s. Path lengths: %s. Betweenness: %s.%n%n",
                result.evidence(), scores.pathLength().description(), scores.betweennessMethod());
        boolean byMeasure = sort != null && !sort.equals(SCORE);
        if (byMeasure) {
            out.printf(Locale.ROOT, "Sorted by %s, highest first; rank = composite target rank.%n%n", sort);
        }
        String header = String.format(Locale.ROOT, "%4s  %-6s %-24s %6s  %-15s %-15s %-13s %4s %4s %5s  %-3s",
                "rank", "id", "name", "score", "betweenness", "pagerank", "strength", "deg", "core", "clust", "AP")
                + (byMeasure ? String.format(Locale.ROOT, " %12s", clip(sort, 12)) : "");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Target t : targets) {
            VertexScore<String> s = scores.of(t.personId());
            out.printf(Locale.ROOT, "%4d  %-6s %-24s %6.3f  %7.4f (#%-3d) %7.4f (#%-3d) %6.2f (#%-3d) %4d %4d %5.2f  %-3s",
                    t.rank(), t.personId(), clip(t.name(), 24), t.score(),
                    t.betweenness().value(), t.betweenness().rank(),
                    t.pageRank().value(), t.pageRank().rank(),
                    t.strength().value(), t.strength().rank(),
                    t.degree(), s.coreness(), s.clustering(), t.articulationPoint() ? "yes" : "");
            out.println(byMeasure ? String.format(Locale.ROOT, " %12s",
                    Rounding.text(s.measures().get(sort), 4)) : "");
        }
        out.println();
        out.println(TargetRanking.DEFINITION + ".");
        out.println("core = k-core number (the person keeps at least that many links inside the core); "
                + "clust = share of the person's contacts who are linked to each other.");
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

    private static void csv(ScoringResult result, List<Target> targets, PrintWriter out) {
        out.println("rank,id,name,score,betweenness,betweenness_rank,pagerank,pagerank_rank,strength,strength_rank,degree,"
                + "articulation_point,closeness,harmonic,eigenvector,coreness,clustering");
        for (Target t : targets) {
            VertexScore<String> s = result.scores().of(t.personId());
            out.printf(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%s,%d,%s,%d,%d,%b,%s,%s,%s,%d,%s%n",
                    t.rank(), csvCell(t.personId()), csvCell(t.name()), csvNumber(t.score()),
                    csvNumber(t.betweenness().value()), t.betweenness().rank(), csvNumber(t.pageRank().value()),
                    t.pageRank().rank(), csvNumber(t.strength().value()), t.strength().rank(), t.degree(),
                    t.articulationPoint(), csvNumber(s.closeness()), csvNumber(s.harmonic()), csvNumber(s.eigenvector()),
                    s.coreness(), csvNumber(s.clustering()));
        }
    }

    /**
     * JSON: every person's measures ({@code nodes}, keys of {@link VertexScore#MEASURES}), the
     * structure (articulation points, bridges, component sizes), and the top targets with reasons.
     */
    private static void json(ScoringResult result, List<Target> targets, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("evidence", result.evidence());
        root.put("pathLength", result.scores().pathLength().description());
        root.put("betweennessMethod", result.scores().betweennessMethod());
        root.put("scoreDefinition", TargetRanking.DEFINITION);
        if (!result.scores().notConverged().isEmpty()) {
            // present only when an iterative measure stopped at its cap, so converged outputs stay as they were
            ArrayNode notConverged = root.putArray("notConverged");
            result.scores().notConverged().forEach(notConverged::add);
        }
        ArrayNode nodes = root.putArray("nodes");
        for (VertexScore<String> s : result.scores().scores()) {
            ObjectNode node = nodes.addObject();
            node.put("id", s.vertex());
            node.put("name", result.network().name(s.vertex()));
            putMeasures(node, s);
            node.put("component", s.component());
            node.put("community", result.communities().communityOf(s.index()));
            node.put("articulationPoint", s.articulationPoint());
        }
        ObjectNode communities = root.putObject("communities");
        communities.put("algorithm", result.communities().algorithm());
        communities.put("count", result.communities().count());
        communities.put("modularity", result.communities().modularity());
        communities.put("resolution", result.communities().resolution());
        communities.put("seed", result.communities().seed());
        ArrayNode points = root.putArray("articulationPoints");
        result.scores().scores().stream().filter(VertexScore::articulationPoint).forEach(s -> points.add(s.vertex()));
        ArrayNode bridges = root.putArray("bridges");
        for (Bridge<String> bridge : result.scores().bridges()) {
            bridges.addArray().add(bridge.source()).add(bridge.target());
        }
        ArrayNode components = root.putArray("components");
        result.scores().componentSizes().forEach(components::add);
        ArrayNode ranked = root.putArray("targets");
        for (Target t : targets) {
            VertexScore<String> s = result.scores().of(t.personId());
            ObjectNode node = ranked.addObject();
            node.put("rank", t.rank());
            node.put("id", t.personId());
            node.put("name", t.name());
            node.put("score", t.score());
            putMeasures(node, s);
            node.put("component", s.component());
            node.put("community", result.communities().communityOf(s.index()));
            node.put("articulationPoint", s.articulationPoint());
            ArrayNode reasons = node.putArray("reasons");
            t.reasons().forEach(reasons::add);
        }
        print(root, out);
    }

    /** Every measure by its key; counts (degree, coreness) as integers. */
    static void putMeasures(ObjectNode node, VertexScore<String> s) {
        s.measures().forEach((key, value) -> {
            if (key.equals(VertexScore.DEGREE) || key.equals(VertexScore.CORENESS)) {
                node.put(key, value.longValue());
            } else {
                node.put(key, value);
            }
        });
    }

    static void print(ObjectNode root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csvNumber(double value) {
        return Rounding.text(value, Rounding.CSV_DIGITS);
    }

    /** Quotes a CSV cell if needed and neutralises spreadsheet formulas. */
    private static String csvCell(String text) {
        String safe = CsvNetworkWriter.neutralise(text);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static int iterations(org.crimegraph.analysis.NetworkScores<String> scores, String measure) {
        return (measure.equals(VertexScore.PAGERANK) ? scores.pageRankConvergence() : scores.eigenvectorConvergence())
                .iterations();
    }
}
