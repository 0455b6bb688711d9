package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.Bridge;
import org.crimegraph.analysis.ScoringMode;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.text.Json;

/** A scoring result as JSON ({@code score --format json}, {@code node --format json}). */
final class TargetJson {

    private TargetJson() {
    }

    /**
     * JSON: every person's measures ({@code nodes}, keys of {@link VertexScore#MEASURES}), the
     * structure (articulation points, bridges, component sizes), and the top targets with reasons.
     */
    static void print(ScoringResult result, List<Target> targets, PrintWriter out) {
        ObjectNode root = Json.object();
        root.put("evidence", result.evidence());
        root.put("pathLength", result.scores().pathLength().description());
        root.put("betweennessMethod", result.scores().betweennessMethod());
        root.set("scoringMode", Json.mapper().valueToTree(mode(result.scores().mode())));
        root.set("stepSeconds", Json.mapper().valueToTree(result.steps().asMap()));
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

    /** The scoring mode as JSON: name, and when sampled ε, δ, seed and the sample counts; the plan when a budget chose it. */
    static Map<String, Object> mode(ScoringMode mode) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", mode.name());
        if (mode.sampled()) {
            json.put("epsilon", mode.epsilon());
            json.put("delta", mode.delta());
            json.put("seed", mode.seed());
            json.put("betweennessSamples", mode.betweennessSamples());
            json.put("distanceSamples", mode.distanceSamples());
        }
        if (mode.plan() != null) {
            json.put("plan", mode.plan());
        }
        json.put("description", mode.describe());
        return json;
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
        out.println(Json.pretty(root));
    }
}
